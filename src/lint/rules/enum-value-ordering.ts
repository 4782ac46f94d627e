import { dottedName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * ALTER TYPE ... ADD VALUE without BEFORE or AFTER appends the value after every existing one
 * (https://www.postgresql.org/docs/current/sql-altertype.html): on an enum already in use, ORDER BY, comparisons
 * (`status < 'shipped'`), range checks and indexes on it sort the new state last, whatever it means. Checked on
 * PostgreSQL 15 (test/lint/rules/server-facts.test.ts).
 */
export const enumValueOrdering: Rule = {
  id: 'enum-value-ordering',
  defaultSeverity: 'warning',
  description: 'ALTER TYPE ... ADD VALUE without BEFORE / AFTER on an existing enum: the value sorts after every other',
  docs: 'docs/rules/enum-value-ordering.md',
  lockHazard: false,
  check: onKind('AlterEnumStmt', (alter, s, ctx) => {
    const type = dottedName(alter.typeName);
    if (alter.oldVal !== undefined || alter.newVal === undefined || alter.newValNeighbor !== undefined) return undefined;
    if (ctx.facts.isNew(type, s)) return undefined;
    return {
      statement: s,
      message: `ADD VALUE ${q(alter.newVal)} without BEFORE or AFTER puts it after every existing value of enum ${q(type)}: ORDER BY and comparisons on the enum sort it last`,
      help: `Say where it belongs: ALTER TYPE ${type} ADD VALUE '${alter.newVal}' BEFORE '<next value>' (or AFTER '<previous value>'). If last is right, suppress this with a lockstep-ignore comment saying so.`,
    };
  }),
};
