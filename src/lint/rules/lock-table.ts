import { nodeAs, relationName } from '../../sql/index.js';
import { lockModeFromNumber, modeLabel } from '../../locks/index.js';
import { restOfTransactionIsBrief } from '../analysis/lock-hold.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/**
 * An explicit LOCK TABLE holds its mode until the transaction ends (https://www.postgresql.org/docs/current/sql-lock.html).
 * When the rest of the transaction only updates the catalog under locks already held (LOCK TABLE a, b, then ALTER
 * TABLE b ADD COLUMN), the hold is as brief as those statements: not reported.
 */
export const lockTable: Rule = {
  id: 'lock-table',
  defaultSeverity: 'warning',
  description: 'an explicit LOCK TABLE in a migration',
  docs: 'docs/rules/lock-table.md',
  lockHazard: false,
  check: onKind('LockStmt', (lock, s, ctx) => {
    const mode = lockModeFromNumber(lock.mode);
    if (mode === 'AccessShare' || mode === 'RowShare' || mode === 'RowExclusive') return undefined;
    if (restOfTransactionIsBrief(s, ctx.facts)) return undefined;
    return (lock.relations ?? [])
      .map((r) => relationName(nodeAs(r, 'RangeVar')) ?? '?')
      .filter((t) => !ctx.facts.isNew(t, s))
      .map(
        (table): Report => ({
          statement: s,
          relation: table,
          message: `LOCK TABLE ${q(table)} IN ${modeLabel(mode)} MODE holds the lock until the migration commits${s.inTransaction ? '' : ' (and outside a transaction block it fails)'}`,
          help: 'Let each statement take the lock it needs, keep the transaction short, and set lock_timeout.',
        }),
      );
  }),
};
