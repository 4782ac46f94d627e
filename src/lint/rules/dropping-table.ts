import { droppedNames } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/** DROP TABLE destroys data and takes ACCESS EXCLUSIVE; running code that uses the table fails. */
export const droppingTable: Rule = {
  id: 'dropping-table',
  defaultSeverity: 'warning',
  description: 'DROP TABLE loses data and breaks code that still uses the table',
  docs: 'docs/rules/dropping-table.md',
  lockHazard: false,
  check: onKind('DropStmt', (drop, s, ctx) => {
    if (drop.removeType !== 'OBJECT_TABLE') return undefined;
    return droppedNames(drop.objects)
      .filter((t) => !ctx.facts.isNew(t, s))
      .map(
        (table): Report => ({
          statement: s,
          relation: table,
          message: `DROP TABLE ${q(table)} deletes its data for good${drop.behavior === 'DROP_CASCADE' ? ', and CASCADE also drops views and foreign keys that depend on it' : ''}`,
          help: 'Stop all code from using the table first; consider renaming it (or revoking access) for a release before dropping, and keep a backup.',
        }),
      );
  }),
};
