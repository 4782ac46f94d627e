import { LockstepError, type SourceLocation } from '../../core/errors.js';
import type { BackfillSpec } from '../../core/types.js';
import { initParser, parseSql } from '../../sql/index.js';

/**
 * The set and where fragments are SQL written by the migration's author, pasted into the batch statement.
 * Parsing them as one UPDATE with PostgreSQL's own parser rejects typos before anything runs, and rejects
 * fragments that would smuggle in a second statement or close the WHERE early.
 */
export async function validateBackfillSpec(spec: BackfillSpec, location?: SourceLocation): Promise<void> {
  await initParser();
  const problem = (message: string, hint: string): LockstepError =>
    new LockstepError('LOCKSTEP_E_BAD_DIRECTIVE', `backfill of ${spec.table}: ${message}`, { hint, ...(location ? { location } : {}) });
  if (spec.batchSize !== undefined && (!Number.isInteger(spec.batchSize) || spec.batchSize < 1)) {
    throw problem(`batchSize must be a whole number >= 1, got ${spec.batchSize}`, 'Use e.g. batchSize: 1000.');
  }
  for (const [name, value] of [['table', spec.table], ['key', spec.key]] as const) {
    if (value !== undefined && !/^("[^"]+"|[A-Za-z_][A-Za-z0-9_$]*)(\.("[^"]+"|[A-Za-z_][A-Za-z0-9_$]*))?$/.test(value.trim())) {
      throw problem(`${name} "${value}" is not a (schema-qualified) name`, `Write ${name} as a plain or "quoted" identifier.`);
    }
  }
  const sql = `UPDATE ${spec.table.trim()} SET ${spec.set.trim()} WHERE ${(spec.where ?? 'true').trim()}`;
  let statements;
  try {
    statements = parseSql(sql, location?.file ?? '<backfill>');
  } catch (err) {
    throw problem(`set/where do not form a valid UPDATE: ${(err as Error).message.replace(/^SQL syntax error: /, '')}`,
      'set is what follows SET (`a = b, c = d`), where is what follows WHERE; check quotes and parentheses.');
  }
  if (statements.length !== 1 || statements[0]?.kind !== 'UpdateStmt' || statements[0].sql !== sql) {
    throw problem('set/where must stay inside one UPDATE statement', 'Remove semicolons and extra clauses from set and where.');
  }
}
