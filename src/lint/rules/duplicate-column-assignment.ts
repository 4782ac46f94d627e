import { bodyOf, nodeAs } from '../../sql/index.js';
import { declaredColumns } from '../analysis/declared-columns.js';
import { onKinds, q } from '../rule-kit.js';
import type { Rule, StatementFacts } from '../types.js';

/** The same column set twice in one UPDATE or INSERT, or declared twice: PostgreSQL rejects the statement. */
function names(s: StatementFacts): string[] {
  const upd = bodyOf(s.stmt, 'UpdateStmt');
  if (upd) return (upd.targetList ?? []).map((t) => nodeAs(t, 'ResTarget')?.name ?? '');
  const ins = bodyOf(s.stmt, 'InsertStmt');
  if (ins) return (ins.cols ?? []).map((t) => nodeAs(t, 'ResTarget')?.name ?? '');
  return declaredColumns(s.stmt).filter((c) => c.how !== 'alter-type').map((c) => c.name);
}

export const duplicateColumnAssignment: Rule = {
  id: 'duplicate-column-assignment',
  defaultSeverity: 'error',
  description: 'a column assigned or declared twice in one statement',
  docs: 'docs/rules/duplicate-column-assignment.md',
  lockHazard: false,
  check: onKinds(['UpdateStmt', 'InsertStmt', 'CreateStmt', 'AlterTableStmt'], (s) => {
    const list = names(s).filter((n) => n !== '');
    const dup = list.find((n, i) => list.indexOf(n) !== i);
    if (!dup) return undefined;
    return {
      statement: s,
      message: `Column ${q(dup)} appears twice in this ${s.stmt.kind.replace(/Stmt$/, '').replace('Create', 'CREATE TABLE').toUpperCase()} statement: PostgreSQL rejects it`,
      help: 'Keep one assignment or definition per column.',
    };
  }),
};
