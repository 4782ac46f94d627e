import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * ALTER TABLE ... DISABLE TRIGGER ALL disables the internally generated triggers that enforce the table's foreign
 * keys along with the user's: rows written while they are off are not checked, and enabling them again does not
 * check them either (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-DISABLE-ENABLE-TRIGGER).
 * DISABLE TRIGGER USER and DISABLE TRIGGER <name> leave the constraint triggers alone.
 */
export const disablingTriggers: Rule = {
  id: 'disabling-triggers',
  defaultSeverity: 'warning',
  description: 'ALTER TABLE ... DISABLE TRIGGER ALL also switches off foreign key checks on the table',
  docs: 'docs/rules/disabling-triggers.md',
  lockHazard: false,
  check: onAlterCommand(['AT_DisableTrigAll'], (_cmd, table, s, ctx) => {
    if (ctx.facts.isNew(table, s)) return undefined;
    return {
      statement: s,
      relation: table,
      message: `DISABLE TRIGGER ALL on ${q(table)} also disables the triggers that enforce its foreign keys: rows written until they are enabled again are not checked, and ENABLE TRIGGER ALL does not check them afterwards`,
      help: 'Disable only the triggers you mean (DISABLE TRIGGER USER, or by name); if the foreign keys must be off for a bulk load, check the loaded rows yourself before enabling them again.',
    };
  }),
};
