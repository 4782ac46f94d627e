import type { Constraint } from '../../sql/index.js';
import { constraintsOf, nameList, nodeAs } from '../../sql/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteIdent, quoteQualified } from '../quote-ident.js';

/**
 * ADD UNIQUE / PRIMARY KEY builds the index while holding ACCESS EXCLUSIVE: no reads or writes for the whole
 * build. Building the index CONCURRENTLY first and attaching it with USING INDEX only needs a brief lock
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-TABLE-CONSTRAINT-USING-INDEX).
 */
const isKey = (c: Constraint): boolean => (c.contype === 'CONSTR_UNIQUE' || c.contype === 'CONSTR_PRIMARY') && c.indexname === undefined;

export const uniqueConstraintWithoutIndex: Rule = {
  id: 'unique-constraint-without-index',
  defaultSeverity: 'error',
  description: 'ADD UNIQUE / PRIMARY KEY builds its index under ACCESS EXCLUSIVE instead of USING an index built concurrently',
  docs: 'docs/rules/unique-constraint-without-index.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AddConstraint', 'AT_AddColumn'], (cmd, table, s) => {
    const con = cmd.subtype === 'AT_AddConstraint' ? nodeAs(cmd.def, 'Constraint') : constraintsOf(nodeAs(cmd.def, 'ColumnDef')).find(isKey);
    if (!con || !isKey(con)) return undefined;
    const kind = con.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE constraint';
    const keys = nameList(con.keys).length ? nameList(con.keys) : [nodeAs(cmd.def, 'ColumnDef')?.colname ?? '...'];
    const name = con.conname ?? `${table.replace(/.*\./, '')}_${keys.join('_')}_key`;
    const sqlCols = keys.map((k) => (k === '...' ? k : quoteIdent(k))).join(', ');
    return {
      statement: s,
      relation: table,
      during: 'the whole index build',
      message: `Adding a ${kind} on ${q(table)} builds its index under ACCESS EXCLUSIVE: reads and writes are blocked for the whole build`,
      help: `CREATE UNIQUE INDEX CONCURRENTLY ${quoteIdent(name)} ON ${quoteQualified(table)} (${sqlCols}) in a no-transaction migration, then ALTER TABLE ${quoteQualified(table)} ADD CONSTRAINT ${quoteIdent(name)} ${con.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${quoteIdent(name)}.`,
    };
  }),
};
