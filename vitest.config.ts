import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Snapshots show rule links relative to a checkout (docs/rules/<id>.md), the same on every version;
    // test/lint/doc-links.test.ts checks the published absolute links a user gets by default.
    env: { LOCKSTEP_DOCS_URL: 'docs/' },
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
