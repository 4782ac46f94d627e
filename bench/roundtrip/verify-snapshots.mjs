#!/usr/bin/env node
// verify-snapshots.mjs DIR [SERVER_URL] — the round trip of `lockstep test` over DIR with every incremental
// schema snapshot checked against a full one (verifySnapshots: a difference throws LOCKSTEP_E_INTERNAL),
// on the PGlite shadow and, given a URL, on a server shadow. Slower than `lockstep test` (each snapshot is
// taken twice); a correctness check, not a timing. Needs `npm run build`.
// Run: node bench/roundtrip/verify-snapshots.mjs bench/.work/roundtrip/migrations postgres://postgres@127.0.0.1:5432/postgres
import { resolve } from 'node:path';
import { createMigrator } from '../../dist/api/index.js';
import { extensionsUsed, openRehearsal, runRoundTrip } from '../../dist/rehearsal/index.js';

const dir = resolve(process.argv[2] ?? 'bench/.work/roundtrip/migrations');
const server = process.argv[3];

async function verify(shadowUrl) {
  const m = await createMigrator({ dir, cwd: process.cwd(), url: 'pglite://memory' });
  try {
    const files = await m.context.loadFiles();
    const rehearsal = await openRehearsal(m.config, { shadowUrl }, extensionsUsed(files));
    try {
      const started = Date.now();
      const run = await runRoundTrip(rehearsal, files, {
        fixturesDir: resolve(dir, 'fixtures'), excludeSchemas: [m.config.historySchema], verifySnapshots: true,
      });
      const count = (s) => run.steps.filter((x) => x.status === s).length;
      return { shadow: rehearsal.shadow.kind, migrations: run.steps.length, passed: count('passed'), failed: count('failed'),
        skipped: count('skipped'), snapshotsVerified: run.timings.snapshots, seconds: (Date.now() - started) / 1000 };
    } finally {
      await rehearsal.dispose();
    }
  } finally {
    await m.close();
  }
}

for (const url of [undefined, ...(server ? [server] : [])]) console.log(JSON.stringify(await verify(url)));
