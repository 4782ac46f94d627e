/**
 * Whether a statement may leave its session changed after its transaction ends: a SET or RESET without LOCAL (SET
 * ROLE and SET SESSION AUTHORIZATION among them), set_config(…, false) or a call to it whose third argument is not the
 * constant true, DISCARD, or a DO block or CALL (whose body may do any of these). The runner then puts the session
 * back before the next migration (runner/session-settings.ts), as Flyway restores a connection's original state after
 * each migration. lock_timeout, statement_timeout and idle_in_transaction_session_timeout are not counted: the runner
 * resets those after every migration anyway.
 */
import { functionCalls, nodeAs } from './ast.js';
import type { ParsedStatement } from './parser.js';

const RESET_BY_THE_RUNNER = new Set(['lock_timeout', 'statement_timeout', 'idle_in_transaction_session_timeout']);

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
      if (!/set_config/i.test(stmt.sql)) return false;
      return functionCalls(stmt.node).some((c) => {
        if ((c.name.at(-1) ?? '').toLowerCase() !== 'set_config') return false;
        const local = nodeAs(c.args[2], 'A_Const')?.boolval?.boolval === true;
        return !local;
      });
  }
}
