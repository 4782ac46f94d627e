/**
 * node-pg-migrate: `<timestamp>_<name>.sql` files with `-- Up Migration` / `-- Down Migration` (a file without an up
 * marker is all up), recorded by file name without its extension and ordered by the number the name starts with (ties:
 * a numeric, punctuation-blind locale order; a 17-digit number is its `utc` file-name format, read as that UTC time in
 * milliseconds). Its JavaScript/TypeScript migrations call the
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
    const x = orderKey(a.version);
    const y = orderKey(b.version);
    return x !== y ? (x < y ? -1 : 1) : a.id.localeCompare(b.id, undefined, { numeric: true, sensitivity: 'variant', ignorePunctuation: true });
  },
  repeatedSections: 'error',
  duplicateHint: 'node-pg-migrate keys migrations by file name.',
  ignoredWhy: 'not a versioned .sql migration',
});

/**
 * The number node-pg-migrate orders a file by (getNumericPrefix in its src/utils/fileNameUtils.ts, read in 9.0.0, the
 * version bench/package.json pins; run by it on such a folder, it applied them in this order): a 17-digit prefix is its `utc` file-name format (yyyyMMddHHmmssSSS) and counts as
 * that time in epoch milliseconds, so it sorts among the 13-digit `timestamp` names by time; any other is the number
 * itself. A folder that switched from one format to the other is ordered by time, as the tool orders it.
 */
function orderKey(version: string): bigint {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})$/.exec(version);
  if (m) {
    const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
    if (!Number.isNaN(ms)) return BigInt(ms);
  }
  return BigInt(version || '0');
}
