import { bodyOf, droppedNames, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/** The statement after `at` in this migration that creates a view named `name` again. */
function recreated(name: string, at: StatementFacts, ctx: RuleContext): StatementFacts | undefined {
  return ctx.facts.ofKind('ViewStmt').find((s) => s.index > at.index && sameName(relationName(bodyOf(s.stmt, 'ViewStmt')?.view) ?? '', name));
}

/** The relations a DROP removes, as the message names them; each breaks the running code that still uses it. */
const KINDS: Readonly<Record<string, string>> = {
  OBJECT_TABLE: 'TABLE',
  OBJECT_FOREIGN_TABLE: 'FOREIGN TABLE',
  OBJECT_VIEW: 'VIEW',
  OBJECT_MATVIEW: 'MATERIALIZED VIEW',
  OBJECT_SEQUENCE: 'SEQUENCE',
};

/**
 * DROP TABLE destroys data and takes ACCESS EXCLUSIVE; running code that uses the table fails. Dropping a view, a
 * materialized view or a sequence loses no table data but breaks that code the same way (a SELECT from the view, a
 * nextval() of the sequence), as renaming one does (renaming-table).
 */
export const droppingTable: Rule = {
  id: 'dropping-table',
  defaultSeverity: 'warning',
  description: 'DROP TABLE loses data and breaks code that still uses the table; DROP VIEW, MATERIALIZED VIEW or SEQUENCE breaks that code too',
  docs: 'docs/rules/dropping-table.md',
  lockHazard: false,
  check: onKind('DropStmt', (drop, s, ctx) => {
    const kind = KINDS[drop.removeType ?? ''];
    if (!kind) return undefined;
    const table = kind === 'TABLE' || kind === 'FOREIGN TABLE';
    const cascade = drop.behavior === 'DROP_CASCADE';
    return droppedNames(drop.objects)
      .filter((t) => !ctx.facts.isNew(t, s))
      .flatMap((name): Report[] => {
        // A view dropped and created again: in the same transaction, readers wait for its lock and then read the new
        // one (checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts); in two, they fail in between.
        // CASCADE drops what depends on it too, which the CREATE does not bring back. A materialized view is not
        // exempt: its readers wait while the new one runs its whole query.
        const again = kind === 'VIEW' && !cascade ? recreated(name, s, ctx) : undefined;
        if (again && s.inTransaction && again.transaction === s.transaction) return [];
        if (again) {
          return [{
            statement: s,
            relation: name,
            severity: 'info',
            message: `DROP ${kind} ${q(name)} and its CREATE at line ${again.stmt.line} run in separate transactions: queries that read it in between fail`,
            help: 'Run both in one transaction (or use CREATE OR REPLACE VIEW when the columns only grow), so readers wait for the new view instead of failing.',
          }];
        }
        return [{
          statement: s,
          relation: name,
          message: table
            ? `DROP ${kind} ${q(name)} deletes its data for good${cascade ? ', and CASCADE also drops views and foreign keys that depend on it' : ''}`
            : `DROP ${kind} ${q(name)} breaks the running code that still ${kind === 'SEQUENCE' ? 'draws from it (nextval, column defaults)' : 'reads it'}${cascade ? ', and CASCADE also drops what depends on it' : ''}`,
          help: table
            ? 'Stop all code from using the table first; consider renaming it (or revoking access) for a release before dropping, and keep a backup.'
            : 'Stop all code from using it first (deploy that release), then drop it in a later migration.',
        }];
      });
  }),
};
