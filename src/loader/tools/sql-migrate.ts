/**
 * sql-migrate: every `.sql` file in the folder is a migration, keyed by its file name. Files are ordered by the number
 * their name starts with when both have one, else by name; a file may switch between `-- +migrate Up` and
 * `-- +migrate Down` several times, each direction collecting its lines (`notransaction` on a marker runs it outside
 * a transaction).
 */
import { byString } from './tool-reader.js';
import { markedFilesReader } from './marked-files.js';

function leadingNumber(id: string): bigint | undefined {
  const m = /^(\d+)/.exec(id);
  return m ? BigInt(m[1] ?? '0') : undefined;
}

export const sqlMigrateReader = markedFilesReader({
  tool: 'sql-migrate',
  style: 'sql-migrate',
  sqlName: (f) => {
    if (!f.endsWith('.sql')) return undefined;
    const stem = f.slice(0, -'.sql'.length);
    const m = /^(\d*)[_-]?(.*)$/.exec(stem);
    return { version: m?.[1] ?? '', name: m?.[2] ?? stem, id: stem };
  },
  compare: (a, b) => {
    const x = leadingNumber(a.id);
    const y = leadingNumber(b.id);
    if (x !== undefined && y !== undefined && x !== y) return x < y ? -1 : 1;
    // A numbered file comes before an unnumbered one; then the whole name decides.
    if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
    return byString(`${a.id}.sql`, `${b.id}.sql`);
  },
  repeatedSections: 'join',
  textBeforeMarkers: 'ignore',
  duplicateHint: 'sql-migrate keys migrations by file name.',
  ignoredWhy: 'not a .sql file',
});
