/**
 * node-pg-migrate: `<timestamp>_<name>.sql` files with `-- Up Migration` / `-- Down Migration` (a file without an up
 * marker is all up), recorded by file name without its extension and ordered by the number the name starts with (ties:
 * a numeric, punctuation-blind locale order). Its JavaScript/TypeScript migrations call the
 * `pgm` builder, which only node-pg-migrate can run.
 */
import { markedFilesReader } from './marked-files.js';

const CODE = /\.(js|cjs|mjs|ts|cts|mts)$/;

function split(f: string, ext: RegExp): { version: string; name: string; id: string } | undefined {
  if (!ext.test(f) || /\.d\.[mc]?ts$/.test(f)) return undefined;
  const stem = f.replace(ext, '');
  const m = /^(\d+)[_-]?(.*)$/.exec(stem);
  return m ? { version: m[1] ?? '', name: m[2] ?? '', id: stem } : undefined;
}

export const nodePgMigrateReader = markedFilesReader({
  tool: 'node-pg-migrate',
  style: 'node-pg-migrate',
  sqlName: (f) => split(f, /\.sql$/),
  // Its code migrations export up(pgm): builder calls that only node-pg-migrate can turn into SQL.
  codeMigration: (e) => {
    const n = split(e.name, CODE);
    return n ? { ...n, reason: 'a node-pg-migrate code migration (up(pgm) builder calls), which only node-pg-migrate can run' } : undefined;
  },
  withoutMarkers: 'all-up',
  compare: (a, b) => {
    const x = BigInt(a.version || '0');
    const y = BigInt(b.version || '0');
    return x !== y ? (x < y ? -1 : 1) : a.id.localeCompare(b.id, undefined, { numeric: true, sensitivity: 'variant', ignorePunctuation: true });
  },
  repeatedSections: 'error',
  duplicateHint: 'node-pg-migrate keys migrations by file name.',
  ignoredWhy: 'not a versioned .sql migration',
});
