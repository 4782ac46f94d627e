/** `lockstep schema dump`: the target's live schema as Lockstep sees it, as SQL or JSON. */
import type { Session } from '../db/index.js';
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

/**
 * The live schema read without taking any lock (plan, test --from-target: a production target, where even ACCESS
 * SHARE would queue behind a migration's ACCESS EXCLUSIVE). See SnapshotOptions.lockFree for what that costs;
 * the notes say it.
 */
export async function lockFreeSnapshot(session: Session, historySchema: string): Promise<{ snapshot: SchemaSnapshot; notes: string[] }> {
  const snapshot = await snapshotSchema(session, { excludeSchemas: [historySchema], lockFree: true });
  const notes = snapshot.views.length
    ? [`views and materialized views are rebuilt in the shadow from their columns and the columns they depend on, not from their queries (reading a view's query would lock its tables on the target): ${snapshot.views.length} of them`]
    : [];
  const locked = await session.query<{ name: string }>(
    `select distinct n.nspname || '.' || c.relname as name from pg_catalog.pg_locks l
       join pg_catalog.pg_class c on c.oid = l.relation join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where l.locktype = 'relation' and l.mode = 'AccessExclusiveLock' and l.pid <> pg_catalog.pg_backend_pid()
        and l.database = (select d.oid from pg_catalog.pg_database d where d.datname = pg_catalog.current_database())
        and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname <> $1 order by 1`,
    [historySchema],
  );
  if (locked.rows.length) {
    notes.push(`another session held or awaited ACCESS EXCLUSIVE on ${locked.rows.map((r) => r.name).join(', ')} while the schema was read: their index definitions (plain columns only), triggers, policies, expression defaults and partition keys were left out or rebuilt from plain columns, as reading them would have waited for that lock`);
  }
  const version = Number((await session.query<{ v: string }>(`select pg_catalog.current_setting('server_version_num') as v`)).rows[0]?.v ?? 0);
  if (version >= 140000) {
    const res = await session.query<{ name: string }>(
      `select pg_catalog.format('%I.%I(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)) as name
         from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        where p.prosqlbody is not null and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname <> $1 order by 1`,
      [historySchema],
    );
    for (const r of res.rows) notes.push(`not reproduced in the shadow: function ${r.name}: its SQL-standard body (BEGIN ATOMIC) cannot be read without locking the tables it uses`);
  }
  return { snapshot, notes };
}

export async function schemaDump(ctx: MigratorContext, format: SchemaDumpFormat = 'sql'): Promise<string> {
  return withSession(ctx, 'schema dump', (session) =>
    withIntrospectionTimeout(session, () => renderDump(session, format, { excludeSchemas: [ctx.config.historySchema] })),
  );
}
