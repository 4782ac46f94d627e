import type { Session } from '../../db/index.js';
import { conflicts, LOCK_MODES, modeLabel, type LockMode } from '../../locks/index.js';
import type { Finding, NeededLock, SessionInfo } from '../types.js';
import { describeSession, SESSION_COLUMNS, shortQuery } from './session-info.js';
import { withQueryShapes } from '../../sql/index.js';

interface LockRow extends SessionInfo {
  readonly relation: string;
  readonly wanted: string;
  readonly mode: string;
  readonly granted: boolean;
}

/** pg_locks writes "AccessShareLock"; the lock model writes "AccessShare". */
function modeOf(pgMode: string): LockMode | undefined {
  const m = pgMode.replace(/Lock$/, '');
  return (LOCK_MODES as readonly string[]).includes(m) ? (m as LockMode) : undefined;
}

/**
 * Sessions that hold, or wait for, a lock on a relation the migrations need in a conflicting mode. A waiting
 * session counts too: PostgreSQL grants table locks in queue order, so the migration would queue behind it
 * (https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-TABLES).
 */
export async function lockConflicts(session: Session, needed: readonly NeededLock[]): Promise<Finding[]> {
  if (needed.length === 0) return [];
  const res = await session.query<LockRow>(
    `with wanted as (select r as name, to_regclass(r) as oid from unnest($1::text[]) r)
     select ${SESSION_COLUMNS}, format('%I.%I', n.nspname, c.relname) as relation, w.name as wanted, l.mode, l.granted
       from pg_locks l
       join wanted w on w.oid = l.relation
       join pg_class c on c.oid = l.relation
       join pg_namespace n on n.oid = c.relnamespace
       join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'relation' and l.pid <> pg_backend_pid() and a.datname = current_database()
      order by a.xact_start nulls last, l.pid`,
    [needed.map((n) => n.relation)],
  );
  const byPid = new Map<number, LockRow[]>();
  for (const row of await withQueryShapes(res.rows)) {
    const need = needed.find((n) => n.relation === row.wanted);
    const theirs = modeOf(row.mode);
    if (!need || !theirs || !conflicts(need.mode, theirs)) continue;
    byPid.set(row.pid, [...(byPid.get(row.pid) ?? []), row]);
  }
  return [...byPid.values()].map((rows) => finding(rows, needed));
}

function finding(rows: readonly LockRow[], needed: readonly NeededLock[]): Finding {
  const first = rows[0] as LockRow;
  const what = rows.map((r) => {
    const need = needed.find((n) => n.relation === r.wanted) as NeededLock;
    return `${r.granted ? 'holds' : 'waits for'} ${modeLabel(modeOf(r.mode) as LockMode)} on ${r.relation}, which conflicts with the ${modeLabel(need.mode)} that ${need.versions.join(', ')} needs`;
  });
  const autovacuum = first.backendType === 'autovacuum worker';
  const idle = (first.state ?? '').startsWith('idle in transaction');
  return {
    check: 'lock-conflict',
    severity: autovacuum ? 'warning' : 'blocker',
    message: `${describeSession(first)} ${what.join('; ')}${shortQuery(first)}`,
    hint: autovacuum
      ? 'Autovacuum gives way to a conflicting lock request unless it is preventing wraparound; usually nothing to do.'
      : `Wait for it (--wait-for-blockers 2m), cancel its query (--cancel-blockers)${idle ? ` — it is idle in a transaction, so cancelling does nothing: end it with select pg_terminate_backend(${first.pid}) if that is safe` : `, or end it with select pg_terminate_backend(${first.pid})`}.`,
    session: first,
    locks: rows.map((r) => ({ relation: r.relation, mode: r.mode, granted: r.granted })),
  };
}
