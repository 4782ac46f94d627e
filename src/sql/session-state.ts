/**
 * Whether a statement may leave its session changed after its transaction ends: a SET or RESET without LOCAL (SET
 * ROLE and SET SESSION AUTHORIZATION among them), set_config(…, false) or a call to it whose third argument is not the
 * constant true, DISCARD, or a DO block or CALL (whose body may do any of these). The runner then puts the session
 * back before the next migration (runner/session-settings.ts), as Flyway restores a connection's original state after
 * each migration. lock_timeout, statement_timeout and idle_in_transaction_session_timeout are not counted: the runner
 * resets those after every migration anyway.
 */
import { calledName, functionCalls, nodeAs, type FunctionCall } from './ast.js';
import type { ParsedStatement } from './parser.js';

const RESET_BY_THE_RUNNER = new Set(['lock_timeout', 'statement_timeout', 'idle_in_transaction_session_timeout']);

/** The set_config(name, value, is_local) calls of a statement (none without the word, found by a text test first). */
function setConfigCalls(stmt: ParsedStatement): FunctionCall[] {
  if (!/set_config/i.test(stmt.sql)) return [];
  return functionCalls(stmt.node).filter((c) => calledName(c.node) === 'set_config');
}

export function mayChangeSessionState(stmt: ParsedStatement): boolean {
  switch (stmt.kind) {
    case 'DiscardStmt':
    case 'DoStmt':
    case 'CallStmt':
      return true;
    case 'VariableSetStmt': {
      const set = nodeAs(stmt.node, 'VariableSetStmt');
      if (set?.is_local === true) return false;
      return !RESET_BY_THE_RUNNER.has((set?.name ?? '').toLowerCase());
    }
    default:
      return setConfigCalls(stmt).some((c) => nodeAs(c.args[2], 'A_Const')?.boolval?.boolval !== true);
  }
}

/**
 * Whether a statement may release the session's advisory locks, the run lock among them: DISCARD ALL, a call of
 * pg_advisory_unlock or pg_advisory_unlock_all (wherever it stands), a DO block or CALL (whose body may do either),
 * and a SELECT that calls a function (`SELECT my_function()`: a function run for its effects, whose body may). Calls
 * inside other statements' expressions (a column DEFAULT, an UPDATE's SET) are taken as what they nearly always
 * are, computations. The runner then checks, before the next migration, that it still holds the run lock
 * (runner/after-migration.ts). PL/pgSQL cannot see the lock's key, so which lock a body releases is not knowable here.
 */
export function mayReleaseAdvisoryLocks(stmt: ParsedStatement): boolean {
  switch (stmt.kind) {
    case 'DiscardStmt':
      return nodeAs(stmt.node, 'DiscardStmt')?.target === 'DISCARD_ALL';
    case 'DoStmt':
    case 'CallStmt':
      return true;
    case 'SelectStmt':
      return functionCalls(stmt.node).length > 0;
    default:
      return /advisory_unlock/i.test(stmt.sql) && functionCalls(stmt.node).some((c) => calledName(c.node)?.startsWith('pg_advisory_unlock') === true);
  }
}

const WHO = new Set(['role', 'session_authorization']);

/**
 * Whether a statement may change the user its own transaction's later statements run as, even until its COMMIT: SET
 * [LOCAL] ROLE, SET [LOCAL] SESSION AUTHORIZATION, set_config('role', …) local or not (or with a name that is not a
 * constant), and whatever may change the session (a DO block, a CALL). A transactional migration's history row is
 * written in its transaction after its statements; after such a statement the runner writes it as the session's own
 * user (runner/applied-row.ts), not as a role that may have no right to the history table.
 */
export function mayChangeCurrentUser(stmt: ParsedStatement): boolean {
  if (stmt.kind === 'VariableSetStmt') return WHO.has((nodeAs(stmt.node, 'VariableSetStmt')?.name ?? '').toLowerCase());
  if (mayChangeSessionState(stmt)) return true;
  return setConfigCalls(stmt).some((c) => {
    const name = nodeAs(c.args[0], 'A_Const')?.sval?.sval;
    return name === undefined || WHO.has(name.toLowerCase());
  });
}
