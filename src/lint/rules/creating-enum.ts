import { dottedName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** Enum values can be added and renamed but never removed or reordered without rebuilding the type (https://www.postgresql.org/docs/current/datatype-enum.html). */
export const creatingEnum: Rule = {
  id: 'creating-enum',
  defaultSeverity: 'info',
  description: 'CREATE TYPE ... AS ENUM: values can never be removed',
  docs: 'docs/rules/creating-enum.md',
  lockHazard: false,
  check: onKind('CreateEnumStmt', (en, s) => ({
    statement: s,
    message: `Enum ${q(dottedName(en.typeName))}: values can be added but never removed or reordered without rebuilding every column that uses it`,
    help: 'If the set of values will change, consider a text column with a CHECK constraint, or a lookup table with a foreign key.',
  })),
};
