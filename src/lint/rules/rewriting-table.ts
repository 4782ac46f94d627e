import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** SET TABLESPACE, SET LOGGED / UNLOGGED, SET ACCESS METHOD and SET EXPRESSION rewrite the table under ACCESS EXCLUSIVE (https://www.postgresql.org/docs/current/sql-altertable.html). */
const WHAT: Readonly<Record<string, string>> = {
  AT_SetTableSpace: 'SET TABLESPACE copies the table',
  AT_SetLogged: 'SET LOGGED rewrites the table (and WAL-logs all of it)',
  AT_SetUnLogged: 'SET UNLOGGED rewrites the table',
  AT_SetAccessMethod: 'SET ACCESS METHOD rewrites the table',
  AT_SetExpression: 'SET EXPRESSION recomputes the generated column for every row',
};

export const rewritingTable: Rule = {
  id: 'rewriting-table',
  defaultSeverity: 'error',
  description: 'ALTER TABLE forms that rewrite the whole table: SET TABLESPACE, SET LOGGED/UNLOGGED, SET ACCESS METHOD, SET EXPRESSION',
  docs: 'docs/rules/rewriting-table.md',
  lockHazard: true,
  check: onAlterCommand(['AT_SetTableSpace', 'AT_SetLogged', 'AT_SetUnLogged', 'AT_SetAccessMethod', 'AT_SetExpression'], (cmd, table, s) => ({
    statement: s,
    relation: table,
    during: 'the whole rewrite',
    message: `${WHAT[cmd.subtype ?? ''] ?? 'This ALTER TABLE rewrites the table'} under ACCESS EXCLUSIVE on ${q(table)}: reads and writes are blocked until it finishes`,
    help: 'Run it in a maintenance window, or build a new table and switch over (pg_repack can move tablespaces online).',
  })),
};
