import { nodeAs } from '../../sql/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** ADD CONSTRAINT ... EXCLUDE builds its index under ACCESS EXCLUSIVE, and has no concurrent form (https://www.postgresql.org/docs/current/sql-altertable.html). */
export const exclusionConstraint: Rule = {
  id: 'exclusion-constraint',
  defaultSeverity: 'error',
  description: 'ADD CONSTRAINT ... EXCLUDE builds an index under ACCESS EXCLUSIVE, with no concurrent alternative',
  docs: 'docs/rules/exclusion-constraint.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AddConstraint'], (cmd, table, s) => {
    if (nodeAs(cmd.def, 'Constraint')?.contype !== 'CONSTR_EXCLUSION') return undefined;
    return {
      statement: s,
      relation: table,
      during: 'the whole index build',
      message: `Adding an exclusion constraint to ${q(table)} builds its index under ACCESS EXCLUSIVE: reads and writes are blocked for the whole build`,
      help: 'There is no concurrent form: add it while the table is small or new, in a maintenance window, or enforce the rule with a trigger and a concurrently built index.',
    };
  }),
};
