import { LockstepError } from '../core/errors.js';
import type { SqlSection } from '../core/types.js';
import { DbError } from '../db/index.js';
import { positionAt, type ParsedStatement } from '../sql/index.js';

/** Maps a server error in one statement back to the file's line and column. */
export function statementFailure(err: unknown, version: string, section: SqlSection, stmt: ParsedStatement, extra: string): LockstepError {
  if (err instanceof LockstepError) return err;
  const db = DbError.from(err);
  const at = db.position !== undefined
    ? positionAt(section.sql, stmt.start + db.position - 1, section.startLine)
    : { line: stmt.line, column: stmt.column };
  const server = [db.detail && `detail: ${db.detail}`, db.serverHint && `server hint: ${db.serverHint}`].filter(Boolean).join('; ');
  return new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `migration ${version} failed: ${db.message}${db.sqlState ? ` (SQLSTATE ${db.sqlState})` : ''}${server ? ` — ${server}` : ''}`, {
    hint: `Fix the statement at ${section.path}:${at.line}:${at.column}. ${extra}`,
    location: { file: section.path, line: at.line, column: at.column },
    details: { version, sqlState: db.sqlState, statement: stmt.sql.slice(0, 500) },
    cause: err,
  });
}
