/** The history row a migration leaves when it has run, and the SQL it records. */
import { performance } from 'node:perf_hooks';
import type { MigrationFile, Section } from '../core/types.js';
import { describeBackfill } from './backfill/describe-backfill.js';
import type { Prepared } from './prepare.js';
import type { RunContext } from './run-context.js';
import { AS_SESSION_USER, mayChangeItsUser } from './session-settings.js';

/** The SQL recorded with the history row: an up as it ran, a down as written (a down is parsed only when it runs). */
export function storedSql(p: Prepared | Section | undefined): string | null {
  if (!p) return null;
  if (p.kind === 'backfill') return describeBackfill(p.spec);
  if (p.kind === 'unsupported') return null;
  const section = 'section' in p ? p.section : p;
  return section.kind === 'module' ? `-- module ${section.path}` : section.sql;
}

/**
 * The history row of a migration whose statements ran, with its `apply` event; `then` (the caller's COMMIT) goes in
 * the same message, so that a transactional migration costs one round trip after its statements, as in psql.
 */
export async function recordApplied(rc: RunContext, file: MigrationFile, up: Prepared, down: Section | undefined, startedAt: number, then?: string): Promise<void> {
  const total = up.kind === 'sql' ? up.statements.length : 1;
  const durationMs = Math.round(performance.now() - startedAt);
  const row = {
    version: file.id, name: file.name, layout: file.layout, checksum: file.checksum, status: 'applied' as const,
    executionMs: durationMs, batch: rc.batch, upSql: storedSql(up), downSql: storedSql(down),
    statementsDone: total, statementsTotal: total, lastError: null,
  };
  const event = { kind: 'apply' as const, version: file.id, name: file.name, durationMs };
  // After a SET ROLE (LOCAL or not) of the migration, the row is still written as the session's own user.
  const before = mayChangeItsUser(up) ? AS_SESSION_USER : '';
  if (then === undefined) {
    if (before) await rc.session.exec(before);
    await rc.history.writeWithEvent(rc.session, row, event);
  } else {
    await rc.history.writeWithEventThen(rc.session, row, event, then, before);
  }
}
