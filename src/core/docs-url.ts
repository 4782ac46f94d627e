import { LOCKSTEP_VERSION } from './version-info.js';

/**
 * Where Lockstep's documentation is published: the docs/ folder of the npm package of the running version, so
 * a link always shows the rules of the version that reported the finding.
 */
export const PUBLISHED_DOCS_URL = `https://unpkg.com/lockstep@${LOCKSTEP_VERSION}/docs/`;

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * The docs base that links in output (lint rule pages, SARIF helpUri) start with: LOCKSTEP_DOCS_URL when set
 * (a team's own copy of docs/, or `docs/` for paths relative to a checkout), else the published docs.
 */
export const DOCS_URL = withSlash(process.env.LOCKSTEP_DOCS_URL || PUBLISHED_DOCS_URL);

/** `page` ("rules/prefer-jsonb.md", "lint.md") under the docs base. */
export function docsPage(page: string): string {
  return `${DOCS_URL}${page}`;
}

/** True when links are absolute URLs (SARIF accepts only those for helpUri and informationUri). */
export function isAbsoluteUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}
