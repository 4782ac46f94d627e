import { nodeAs } from '../../sql/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * ADD PRIMARY KEY USING INDEX implicitly runs SET NOT NULL on the key columns, which scans the table under
 * ACCESS EXCLUSIVE unless they already are NOT NULL
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-TABLE-CONSTRAINT-USING-INDEX).
 */
export const primaryKeyImplicitNotNull: Rule = {
  id: 'primary-key-implicit-not-null',
  defaultSeverity: 'warning',
  description: 'ADD PRIMARY KEY USING INDEX sets NOT NULL on the key columns, scanning the table unless they already are',
  docs: 'docs/rules/primary-key-implicit-not-null.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AddConstraint'], (cmd, table, s) => {
    const con = nodeAs(cmd.def, 'Constraint');
    if (con?.contype !== 'CONSTR_PRIMARY' || con.indexname === undefined) return undefined;
    return {
      statement: s,
      relation: table,
      during: 'the NOT NULL scan',
      message: `PRIMARY KEY USING INDEX ${q(con.indexname)} sets NOT NULL on its columns: unless they already are NOT NULL, ${q(table)} is scanned under ACCESS EXCLUSIVE`,
      help: 'Make the key columns NOT NULL first without a long lock (CHECK (col IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL), then add the primary key USING INDEX.',
    };
  }),
};
