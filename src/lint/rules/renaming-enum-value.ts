import { dottedName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** Renaming an enum value is instant, but stored values change meaning for code that still writes the old label. */
export const renamingEnumValue: Rule = {
  id: 'renaming-enum-value',
  defaultSeverity: 'warning',
  description: 'ALTER TYPE ... RENAME VALUE breaks code that still uses the old label',
  docs: 'docs/rules/renaming-enum-value.md',
  lockHazard: false,
  check: onKind('AlterEnumStmt', (alter, s, ctx) => {
    const type = dottedName(alter.typeName);
    if (alter.oldVal === undefined || ctx.facts.isNew(type, s)) return undefined;
    return {
      statement: s,
      message: `Renaming ${q(alter.oldVal)} to ${q(alter.newVal ?? '?')} in enum ${q(type)}: running code that writes or compares the old label fails`,
      help: 'Add the new value, move code and data to it, and stop using the old one (enum values cannot be dropped; consider a lookup table).',
    };
  }),
};
