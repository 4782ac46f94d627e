/**
 * Who is using the relations a migration will lock, right now: sessions holding or waiting for locks
 * on them (pg_locks joined with pg_stat_activity), and the longest open transaction among them. A
 * transaction that has read or written a table keeps at least ACCESS SHARE on it until it ends, so
 * pg_locks shows every transaction that touched it
 * (https://www.postgresql.org/docs/current/explicit-locking.html). Reading pg_locks takes no lock on them.
 */
import type { Session } from '../db/index.js';
import { conflicts } from '../locks/index.js';
import { toLintMode } from '../rehearsal/index.js';
import { withQueryShapes } from '../sql/index.js';
import type { LockSession, LongestTransaction } from './types.js';

interface ActivityRow {
  readonly relation: string;
  readonly pid: number | string;
  readonly mode: string;
  readonly granted: boolean;
  readonly application: string | null;
  readonly user_name: string | null;
  readonly state: string | null;
  readonly xact_ms: number | string | null;
  readonly query: string | null;
}

/**
 * Sessions with a lock on any of `relations`, other than ours. `planned` gives, per relation, the mode
 * the migration will take, to mark which sessions it would wait for.
 */
export async function readLockActivity(session: Session, planned: ReadonlyMap<string, string>): Promise<LockSession[]> {
  if (planned.size === 0) return [];
  const res = await session.query<ActivityRow>(
    `select n.nspname || '.' || c.relname as relation, l.pid, l.mode, l.granted,
            a.application_name as application, a.usename::text as user_name, a.state,
            (extract(epoch from (pg_catalog.clock_timestamp() - a.xact_start)) * 1000)::float8 as xact_ms,
            left(a.query, 300) as query
       from pg_catalog.pg_locks l
       join pg_catalog.pg_class c on c.oid = l.relation
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       left join pg_catalog.pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'relation'
        and l.database = (select d.oid from pg_catalog.pg_database d where d.datname = pg_catalog.current_database())
        and n.nspname || '.' || c.relname = any($1::text[])
        and l.pid is distinct from pg_catalog.pg_backend_pid()
      order by 1, l.granted desc, xact_ms desc nulls last`,
    [[...planned.keys()]],
  );
  return (await withQueryShapes(res.rows)).map((r) => {
    const mine = toLintMode(planned.get(r.relation) ?? '');
    const theirs = toLintMode(r.mode);
    return {
      relation: r.relation,
      pid: Number(r.pid),
      mode: r.mode,
      granted: r.granted === true,
      application: r.application || null,
      user: r.user_name,
      state: r.state,
      transactionMs: r.xact_ms === null ? null : Math.round(Number(r.xact_ms)),
      query: r.query,
      // A waiting session is ahead of us in the queue: we wait for it too if our modes conflict.
      conflicts: mine !== undefined && theirs !== undefined && conflicts(mine, theirs),
    };
  });
}

/** The oldest transaction that holds a lock on any of the relations. */
export function longestTransaction(sessions: readonly LockSession[]): LongestTransaction | null {
  let best: LockSession | undefined;
  for (const s of sessions) if (s.granted && s.transactionMs !== null && (!best || s.transactionMs > (best.transactionMs ?? 0))) best = s;
  if (!best || best.transactionMs === null) return null;
  const relations = [...new Set(sessions.filter((s) => s.pid === best?.pid).map((s) => s.relation))].sort();
  return { pid: best.pid, application: best.application, user: best.user, state: best.state, transactionMs: best.transactionMs, query: best.query, relations };
}
