/**
 * goose: `<version>_<description>.sql` with `-- +goose Up` / `-- +goose Down` sections (`StatementBegin/End`,
 * `NO TRANSACTION`, `ENVSUB ON/OFF`), and `<version>_<description>.go` migrations that only a goose binary can run. The version is the
 * integer before the first `_`; migrations are ordered by it and keyed by it.
 */
import { expandGooseEnvsub, usesEnvsub } from '../goose-envsub.js';
import { numeric } from './golang-migrate.js';
import { markedFilesReader } from './marked-files.js';

const NAME = /^(\d+)_(.*)\.(sql|go)$/;

function named(fileName: string, ext: 'sql' | 'go'): { version: string; name: string; id: string } | undefined {
  const m = NAME.exec(fileName);
  if (!m || m[3] !== ext || fileName.endsWith('_test.go')) return undefined;
  return { version: m[1] ?? '', name: m[2] ?? '', id: m[1] ?? '' };
}

export const gooseReader = markedFilesReader({
  tool: 'goose',
  style: 'goose',
  sqlName: (f) => named(f, 'sql'),
  codeMigration: (e) => {
    const n = named(e.name, 'go');
    return n ? { ...n, reason: 'a Go migration, which only a goose binary built with it can run' } : undefined;
  },
  compare: (a, b) => numeric(a.version, b.version),
  // goose parses the version as an int64: `1_a.sql` and `001_b.sql` (or a .sql and a .go) are one version.
  identity: (c) => BigInt(c.version).toString(),
  repeatedSections: 'error',
  duplicateHint: 'goose refuses two migrations with the same version.',
  ignoredWhy: 'not named <version>_<description>.sql or .go',
  // `-- +goose ENVSUB ON`: environment variables expanded line by line, as goose does.
  transform: (ctx) => (text, path, errors) => (usesEnvsub(text) ? expandGooseEnvsub(text, path, ctx.environment ?? {}, errors) : text),
});
