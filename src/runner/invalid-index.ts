import type { Session } from '../db/port.js';
import type { ParsedStatement } from '../sql/index.js';
import type { RunEventSink } from '../core/events.js';

type Obj = Record<string, unknown>;

/**
 * A failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind, and a later
 * CREATE INDEX CONCURRENTLY IF NOT EXISTS would then "succeed" without building anything
 * (https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY).
 * Before (re)running such a statement, drop a leftover invalid index of the same name.
 */
export async function dropInvalidIndex(session: Session, stmt: ParsedStatement, onEvent: RunEventSink): Promise<void> {
  if (stmt.kind !== 'IndexStmt') return;
  const index = (stmt.node as Obj).IndexStmt as Obj;
  if (index.concurrent !== true || typeof index.idxname !== 'string') return;
  const schema = ((index.relation as Obj | undefined)?.schemaname as string | undefined) ?? null;
  const res = await session.query<{ qualified: string }>(
    `select format('%I.%I', n.nspname, c.relname) as qualified
       from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_index i on i.indexrelid = c.oid
      where c.relname = $1 and not i.indisvalid
        and (($2::text is null and n.nspname = any (current_schemas(false))) or n.nspname = $2)`,
    [index.idxname, schema],
  );
  for (const row of res.rows) {
    onEvent({ type: 'notice', message: `dropping INVALID index ${row.qualified} left by an earlier failed concurrent build` });
    await session.exec(`drop index concurrently if exists ${row.qualified}`);
  }
}
