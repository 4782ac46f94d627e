/** `lockstep schema dump`: the target's live schema as Lockstep sees it, as SQL or JSON. */
import type { Session } from '../db/port.js';
import { schemaDump as renderDump, snapshotSchema, type SchemaDumpFormat, type SchemaSnapshot } from '../schema/index.js';
import { withSession, type MigratorContext } from './context.js';

/**
 * Reading a view's definition (pg_get_viewdef) opens the view with ACCESS SHARE, which waits behind an
 * ACCESS EXCLUSIVE lock another session holds; a lock_timeout turns that wait into a clear error.
 * https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT
 */
export const INTROSPECTION_LOCK_TIMEOUT = '5s';

/** Runs `fn` with a lock_timeout on the session, restoring the previous setting afterwards. */
export async function withIntrospectionTimeout<T>(session: Session, fn: () => Promise<T>): Promise<T> {
  const saved = await session.query<{ v: string }>(`select pg_catalog.current_setting('lock_timeout') as v`);
  await session.query(`select pg_catalog.set_config('lock_timeout', $1, false)`, [INTROSPECTION_LOCK_TIMEOUT]);
  try {
    return await fn();
  } finally {
    await session.query(`select pg_catalog.set_config('lock_timeout', $1, false)`, [saved.rows[0]?.v ?? '0']).catch(() => undefined);
  }
}

/** The live schema of the database behind `session`, Lockstep's history schema left out. */
export function liveSnapshot(session: Session, historySchema: string): Promise<SchemaSnapshot> {
  return withIntrospectionTimeout(session, () => snapshotSchema(session, { excludeSchemas: [historySchema] }));
}

export async function schemaDump(ctx: MigratorContext, format: SchemaDumpFormat = 'sql'): Promise<string> {
  return withSession(ctx, 'schema dump', (session) =>
    withIntrospectionTimeout(session, () => renderDump(session, format, { excludeSchemas: [ctx.config.historySchema] })),
  );
}
