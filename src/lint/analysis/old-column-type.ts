/**
 * The type a column has when an ALTER COLUMN ... TYPE runs, as far as the linter knows it, and whether the change is
 * taken for its usual binary-coercible form (src/locks/type-change.ts `usual`). One home for changing-column-type,
 * changing-type-of-checked-column and the scan judgement of skipped-scans.ts (require-statement-timeout,
 * statements-after-access-exclusive, lock-table).
 *
 * Known: what the database or the earlier migrations of the run declared (facts.columnTypes), then what this
 * migration's own statements before it declared (CREATE TABLE, ADD COLUMN, an earlier ALTER COLUMN TYPE). The change is
 * not taken for the usual one when the migration drops a type or domain after it: the column is then likely moving off
 * that type (an enum to text), which rewrites.
 */
import { DEFAULT_SCHEMA, analyzeTypeChange, columnEvents, oldColumnType, qualifiedName } from '../../locks/index.js';
import type { TypeChange } from '../../locks/index.js';
import type { AlterTableCmd, TypeInfo } from '../../sql/index.js';
import { bodyOf } from '../../sql/index.js';
import { timeZoneAt } from '../facts.js';
import type { MigrationFacts, StatementFacts } from '../types.js';

/**
 * The column's type before `s`, when known: the last thing this migration's earlier statements say of it (a type set,
 * or the column or table forgotten), else what was known before the migration. Read backwards over the events, not by
 * copying the known types, which grow with the run.
 */
export function oldTypeAt(table: string, column: string | undefined, s: StatementFacts, facts: MigrationFacts): TypeInfo | undefined {
  const earlier = facts.statements.filter((x) => x.embedded === undefined && x.index < s.index && EVENT_KINDS.has(x.kind));
  if (earlier.length > 0 && column !== undefined) {
    const schema = facts.columnTypes?.defaultSchema ?? DEFAULT_SCHEMA;
    let key = qualifiedName(table, schema);
    const events = columnEvents(earlier.map((x) => x.stmt));
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (!e) continue;
      // Renamed here from another name: before this event the table (or column) had that name.
      if (e.column === undefined && e.renameTo !== undefined && qualifiedName(e.renameTo, schema) === key) {
        key = qualifiedName(e.table, schema);
        table = e.table;
        continue;
      }
      if (qualifiedName(e.table, schema) !== key) continue;
      if (e.column === undefined) return undefined;
      if (e.renameTo !== undefined && e.renameTo === column) {
        column = e.column;
        continue;
      }
      if (e.column === column) return e.renameTo === undefined ? e.type : undefined;
    }
  }
  return oldColumnType(facts.columnTypes, table, column);
}

/** The statements columnEvents reads. */
const EVENT_KINDS = new Set(['CreateStmt', 'AlterTableStmt', 'RenameStmt', 'AlterObjectSchemaStmt', 'DropStmt']);

/** analyzeTypeChange for one ALTER COLUMN ... TYPE of `s`, from the old type as known at `s` and its session's TimeZone. */
export function typeChangeAt(cmd: AlterTableCmd, table: string, s: StatementFacts, facts: MigrationFacts): TypeChange {
  return analyzeTypeChange(cmd, oldTypeAt(table, cmd.name, s, facts), { pgMajor: facts.pgMajor, timeZone: timeZoneAt(s) });
}

/** The usual form the change is taken for (see the head of this file), or undefined. `change`: typeChangeAt's, if computed. */
export function usualTypeChange(cmd: AlterTableCmd, table: string, s: StatementFacts, facts: MigrationFacts, change = typeChangeAt(cmd, table, s, facts)): string | undefined {
  const usual = change.usual;
  if (usual === undefined) return undefined;
  const dropsType = facts.ofKind('DropStmt').some((x) => {
    const kind = bodyOf(x.stmt, 'DropStmt')?.removeType;
    return x.index > s.index && (kind === 'OBJECT_TYPE' || kind === 'OBJECT_DOMAIN');
  });
  return dropsType ? undefined : usual;
}
