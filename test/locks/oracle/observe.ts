/**
 * What PostgreSQL does when it runs one statement (or one file), read from the server itself:
 * - the locks the session holds on each relation (pg_locks), read inside the statement's transaction before it
 *   ends, or, for statements that refuse a transaction block, from a second session while the statement waits;
 * - which relations got new storage (pg_class.relfilenode before and after: a table rewrite or an index rebuild);
 * - which tables were read whole (pg_stat_xact_user_tables.seq_scan before and after, in the same transaction);
 * - whether it may run in a transaction block (SQLSTATE 25001 when it may not).
 */
import type pg from 'pg';
import type { LockMode } from '../../../src/locks/index.js';
import { LOCK_MODES } from '../../../src/locks/index.js';

export interface Relation {
  readonly oid: number;
  readonly name: string;
  readonly schema: string;
  /** r table, p partitioned table, m materialized view, v view, S sequence, f foreign table, i/I index. */
  readonly kind: string;
  readonly filenode: number;
  /** The table of an index; the parent of a partition or inheritance child. */
  readonly owner: number | undefined;
}

export interface Catalog {
  readonly byOid: ReadonlyMap<number, Relation>;
  readonly byName: ReadonlyMap<string, Relation>;
}

export interface Observation {
  /** Strongest lock held (or, while waiting, requested) per relation oid. */
  readonly locks: ReadonlyMap<number, LockMode>;
  /** Relations with new storage after the statement. */
  readonly newStorage: ReadonlySet<number>;
  /** Tables read whole during the statement; undefined when it ran outside a transaction (not observable). */
  readonly seqScans: ReadonlySet<number> | undefined;
  /** Locks were read while the statement waited on `blockedOn` only (the rest of its locks are unknown). */
  readonly blockedOn?: number | undefined;
  readonly error?: { readonly code: string; readonly message: string } | undefined;
  /** The statement was refused in a transaction block (SQLSTATE 25001; 2D000 for a DO block that COMMITs). */
  readonly refusedInTransaction: boolean;
}

const RELATIONS_SQL = `
  SELECT c.oid::int AS oid, c.relname AS name, n.nspname AS schema, c.relkind AS kind, c.relfilenode::int AS filenode,
         coalesce(i.indrelid, h.inhparent)::int AS owner
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_index i ON i.indexrelid = c.oid
    LEFT JOIN pg_inherits h ON h.inhrelid = c.oid AND c.relkind IN ('r', 'p', 'f')
   WHERE n.nspname IN ('public', 'other') AND c.relkind IN ('r', 'p', 'm', 'v', 'S', 'f', 'i', 'I')`;

export async function readCatalog(client: pg.Client): Promise<Catalog> {
  const res = await client.query<{ oid: number; name: string; schema: string; kind: string; filenode: number; owner: number | null }>(RELATIONS_SQL);
  const byOid = new Map<number, Relation>();
  const byName = new Map<string, Relation>();
  for (const row of res.rows) {
    const rel: Relation = { ...row, owner: row.owner ?? undefined };
    byOid.set(rel.oid, rel);
    byName.set(`${rel.schema}.${rel.name}`, rel);
  }
  return { byOid, byName };
}

/** The relation a name written in SQL denotes (unqualified names resolve in public, the search_path). */
export function resolve(catalog: Catalog, written: string): Relation | undefined {
  const unquoted = written.replace(/"/g, '');
  return catalog.byName.get(unquoted.includes('.') ? unquoted : `public.${unquoted}`);
}

function stronger(a: LockMode | undefined, b: LockMode): LockMode {
  return a !== undefined && LOCK_MODES.indexOf(a) >= LOCK_MODES.indexOf(b) ? a : b;
}

async function heldLocks(client: pg.Client, pid: number | undefined, withWaiting: boolean): Promise<{ locks: Map<number, LockMode>; waiting: number | undefined; waitingAny: boolean }> {
  const res = await client.query<{ relation: number | null; mode: string; granted: boolean }>(
    `SELECT relation::int AS relation, mode, granted FROM pg_locks
      WHERE pid = coalesce($1, pg_backend_pid()) AND (database IS NULL OR database = (SELECT oid FROM pg_database WHERE datname = current_database()))`,
    [pid ?? null],
  );
  const locks = new Map<number, LockMode>();
  let waiting: number | undefined;
  let waitingAny = false;
  for (const row of res.rows) {
    if (!row.granted) waitingAny = true;
    if (row.relation === null || (!row.granted && !withWaiting)) continue;
    const mode = row.mode.replace(/Lock$/, '') as LockMode;
    locks.set(row.relation, stronger(locks.get(row.relation), mode));
    if (!row.granted) waiting = row.relation;
  }
  return { locks, waiting, waitingAny };
}

async function newStorage(client: pg.Client, before: Catalog): Promise<Set<number>> {
  const res = await client.query<{ oid: number; filenode: number }>('SELECT oid::int AS oid, relfilenode::int AS filenode FROM pg_class WHERE oid = ANY($1)', [[...before.byOid.keys()]]);
  const out = new Set<number>();
  for (const row of res.rows) {
    const old = before.byOid.get(row.oid);
    if (old && old.filenode !== 0 && old.filenode !== row.filenode) out.add(row.oid);
  }
  return out;
}

function pgError(e: unknown): { code: string; message: string } {
  const err = e as { code?: string; message?: string };
  return { code: err.code ?? '?', message: err.message ?? String(e) };
}

const OWN_LOCKS_SQL = `SELECT relation::int AS relation, mode FROM pg_locks
  WHERE pid = pg_backend_pid() AND granted AND relation IS NOT NULL AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
const SEQ_SCANS_SQL = 'SELECT relid::int AS relid, seq_scan AS n FROM pg_stat_xact_user_tables';
const FILENODES_SQL = 'SELECT oid::int AS oid, relfilenode::int AS filenode FROM pg_class WHERE oid = ANY($1)';

/**
 * Runs `statements` in one transaction on `client` and rolls it back: the schema is the same for the next case.
 * Locks, storage and scans are read after the last statement, before the rollback. Three round trips besides the
 * statements: the oracle runs thousands of cases.
 */
export async function observeInTransaction(client: pg.Client, catalog: Catalog, statements: readonly string[]): Promise<Observation> {
  const [, beforeRes] = (await client.query(`BEGIN; ${SEQ_SCANS_SQL}`)) as unknown as [unknown, pg.QueryResult<{ relid: number; n: string }>];
  const before = new Map(beforeRes.rows.map((r) => [r.relid, Number(r.n)]));
  let rolledBack = false;
  try {
    for (const sql of statements) {
      try {
        await client.query(sql);
      } catch (e) {
        const error = pgError(e);
        return { locks: new Map(), newStorage: new Set(), seqScans: new Set(), error, refusedInTransaction: error.code === '25001' || error.code === '2D000' };
      }
    }
    // One query, three answers, then the rollback (the statement left the transaction usable).
    const res = await client.query<{ kind: string; a: number; b: string }>(
      `SELECT 'lock' AS kind, relation AS a, mode AS b FROM (${OWN_LOCKS_SQL}) l
       UNION ALL SELECT 'scan', relid, n::text FROM (${SEQ_SCANS_SQL}) s
       UNION ALL SELECT 'node', oid, filenode::text FROM (${FILENODES_SQL}) f
       UNION ALL SELECT 'index', c.relfilenode::int, n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relkind IN ('i', 'I') AND n.nspname IN ('public', 'other')`,
      [[...catalog.byOid.keys()]],
    );
    await client.query('ROLLBACK');
    rolledBack = true;
    const locks = new Map<number, LockMode>();
    const scanned = new Set<number>();
    const stored = new Set<number>();
    for (const row of res.rows) {
      if (row.kind === 'lock') locks.set(row.a, stronger(locks.get(row.a), row.b.replace(/Lock$/, '') as LockMode));
      else if (row.kind === 'scan' && Number(row.b) > (before.get(row.a) ?? 0)) scanned.add(row.a);
      else if (row.kind === 'node') {
        const old = catalog.byOid.get(row.a);
        if (old && old.filenode !== 0 && old.filenode !== Number(row.b)) stored.add(row.a);
      } else if (row.kind === 'index') {
        // ALTER COLUMN TYPE drops an index and creates it again under its name, keeping its files when it can
        // (tablecmds.c, TryReuseIndex): new storage only when the files changed.
        const old = catalog.byName.get(row.b);
        if (old && old.kind !== 'I' && old.filenode !== row.a) stored.add(old.oid);
      }
    }
    return { locks, newStorage: stored, seqScans: scanned, refusedInTransaction: false };
  } finally {
    if (!rolledBack) await client.query('ROLLBACK');
  }
}

export interface Blocker {
  /**
   * How a second session holds the statement up while its locks are read. snapshot: it reads `table` in an open
   * REPEATABLE READ transaction, which a concurrent index build, drop or detach waits for. lock: it holds `table` in
   * EXCLUSIVE mode (which lets the statement's first ACCESS SHARE lookup through), so the statement queues behind it
   * with the lock it wants.
   */
  readonly table: string;
  readonly how: 'snapshot' | 'lock';
  /** A third session reads this relation from the start: a statement's second phase queues behind it (DETACH CONCURRENTLY). */
  readonly secondPhase?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitForWait(observer: pg.Client, pid: number, failed: () => boolean): Promise<Awaited<ReturnType<typeof heldLocks>> | undefined> {
  for (let i = 0; i < 3000 && !failed(); i++) {
    const held = await heldLocks(observer, pid, true);
    if (held.waitingAny) return held;
    await sleep(10);
  }
  return undefined;
}

function mergeLocks(a: ReadonlyMap<number, LockMode>, b: ReadonlyMap<number, LockMode>): Map<number, LockMode> {
  const out = new Map(a);
  for (const [oid, mode] of b) out.set(oid, stronger(out.get(oid), mode));
  return out;
}

/**
 * Runs a statement that refuses a transaction block in autocommit on `client`, while `observer` holds it up
 * and reads its locks from pg_locks meanwhile. Then lets it finish and reads which relations got new storage.
 */
export async function observeOutsideTransaction(
  client: pg.Client,
  pid: number,
  observer: pg.Client,
  third: pg.Client,
  catalog: Catalog,
  sql: string,
  blocker: Blocker,
): Promise<Observation> {
  if (blocker.secondPhase) {
    await third.query('BEGIN');
    await third.query(`SELECT count(*) FROM ${blocker.secondPhase}`);
  }
  await observer.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  await observer.query(blocker.how === 'lock' ? `LOCK TABLE ${blocker.table} IN EXCLUSIVE MODE` : `SELECT count(*) FROM ${blocker.table}`);
  let error: { code: string; message: string } | undefined;
  const running = client.query(sql).then(
    () => undefined,
    (e: unknown) => {
      error = pgError(e);
    },
  );
  const first = await waitForWait(observer, pid, () => error !== undefined);
  await observer.query('ROLLBACK');
  let second: typeof first;
  if (blocker.secondPhase) {
    second = await waitForWait(third, pid, () => error !== undefined);
    await third.query('ROLLBACK');
  }
  await running;
  const stored = await newStorage(observer, catalog);
  const seen = first !== undefined && (second !== undefined || !blocker.secondPhase);
  return {
    locks: mergeLocks(first?.locks ?? new Map(), second?.locks ?? new Map()),
    newStorage: stored,
    seqScans: undefined,
    blockedOn: blocker.how === 'lock' ? first?.waiting : undefined,
    error: error ?? (seen ? undefined : { code: 'oracle', message: 'the statement never waited: its locks could not be read' }),
    refusedInTransaction: false,
  };
}
