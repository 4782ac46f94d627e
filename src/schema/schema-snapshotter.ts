/**
 * Repeated snapshots of one database, each reading again only what changed since the previous one.
 * `lockstep test` snapshots the shadow three times per migration; a full snapshot reads every column,
 * index and constraint with the pg_get_*def functions, while a migration usually touches one or two
 * tables. Here a cheap fingerprint of the catalog rows (incremental/fingerprint.ts) says which owners
 * (relations, types, functions) changed. Those are read again with the same per-kind queries, and when
 * one of them now prints under other names (incremental/owner-names.ts), so is whatever refers to it
 * (incremental/dirty-scope.ts); the rest is reused. The result is deep-equal to a full snapshot
 * (`verify` checks this on every call; the tests check it after many kinds of DDL, on both engines).
 *
 * Meant for a database only this session changes, between transactions (a shadow). Inside a transaction
 * that has written, or after changes the fingerprint does not cover (see `global`), it reads everything.
 */
import { LockstepError } from '../core/errors.js';
import type { Session } from '../db/index.js';
import { diffSchemas } from './diff-schemas.js';
import { formatDifferences } from './format-differences.js';
import { changedScope, dependentsScope, dirtyOwners, splitOwners } from './incremental/dirty-scope.js';
import { ALL_OWNER_NAMES, parseOwnerNames, seedsFor, type OwnerNames } from './incremental/owner-names.js';
import { readFingerprint, type Fingerprint } from './incremental/fingerprint.js';
import type { IntrospectContext } from './introspect/context.js';
import type { OwnerKey } from './introspect/owners.js';
import { runCatalogQueries, type Owned } from './introspect/run-catalog-queries.js';
import {
  SNAPSHOT_KINDS, SNAPSHOT_QUERIES, assembleSnapshot, collectAll, introspectContext, snapshotSchema,
  withSearchPath, withSettings, type Collected, type SnapshotKind,
} from './snapshot-schema.js';
import type { SchemaSnapshot, SnapshotOptions } from './types.js';

export interface SchemaSnapshotter {
  /** The schema now. The first call reads everything; later calls read what changed since the previous one. */
  snapshot(): Promise<SchemaSnapshot>;
}

export interface SnapshotterOptions extends SnapshotOptions {
  /** Also take a full snapshot each time and throw LOCKSTEP_E_INTERNAL when they differ (tests, benchmarks). */
  readonly verify?: boolean;
}

/** Entries of one kind by owner (null: kinds without owner, read only in full). */
type Buckets = ReadonlyMap<SnapshotKind, ReadonlyMap<OwnerKey | null, readonly unknown[]>>;

interface State {
  readonly fingerprint: Fingerprint;
  /** Name signature per owner (incremental/owner-names.ts), to tell when its dependents must be read. */
  readonly names: ReadonlyMap<OwnerKey, OwnerNames>;
  readonly buckets: Buckets;
  readonly collected: Collected;
  readonly snapshot: SchemaSnapshot;
}

export function createSnapshotter(session: Session, options: SnapshotterOptions = {}): SchemaSnapshotter {
  let state: State | undefined;
  return {
    async snapshot() {
      const fingerprint = await readFingerprint(session);
      const ctx = introspectContext(options, fingerprint.serverVersion);
      // Only a completed step replaces the state: after a failure the next call compares with the last good one.
      state = await nextState(session, ctx, fingerprint, state);
      if (options.verify) await verifySnapshot(session, options, state.snapshot);
      return state.snapshot;
    },
  };
}

type Results = Readonly<Partial<Record<SnapshotKind, readonly Owned<unknown>[]>>>;
type MutableBuckets = Map<SnapshotKind, Map<OwnerKey | null, readonly unknown[]>>;

async function nextState(session: Session, ctx: IntrospectContext, fingerprint: Fingerprint, prev: State | undefined): Promise<State> {
  // Row versions written by one transaction share its xid, so neither side may have been taken inside one.
  const comparable = prev && !prev.fingerprint.inTransaction && !fingerprint.inTransaction && fingerprint.xidEpoch === prev.fingerprint.xidEpoch;
  if (!comparable || fingerprint.global !== prev.fingerprint.global) {
    const scope = { ctes: '', params: [], extras: { names: ALL_OWNER_NAMES } };
    const read = await withSearchPath(session, fingerprint.settings.search_path ?? '', () => runCatalogQueries(session, ctx, SNAPSHOT_QUERIES, scope));
    return build(fingerprint, parseOwnerNames(read.extras.names), fill(new Map(), [read.results]), undefined);
  }
  const { changed, removed } = compareOwners(prev.fingerprint.owners, fingerprint.owners);
  if (changed.length === 0 && removed.length === 0) return { ...prev, fingerprint };
  const { dirty, names, results } = await withSettings(session, scopedReadSettings(fingerprint), fingerprint.settings, () =>
    readChanges(session, ctx, prev, changed));
  for (const key of removed) {
    dirty.add(key);
    names.delete(key);
  }
  const buckets: MutableBuckets = new Map();
  const touched = new Set<SnapshotKind>();
  for (const kind of SNAPSHOT_KINDS) {
    const byOwner = new Map(prev.buckets.get(kind));
    for (const key of dirty) if (byOwner.delete(key)) touched.add(kind);
    if (results.some((r) => (r[kind]?.length ?? 0) > 0)) touched.add(kind);
    buckets.set(kind, byOwner);
  }
  return build(fingerprint, names, fill(buckets, results), { prev, touched });
}

interface Changes {
  readonly dirty: Set<OwnerKey>;
  readonly names: Map<OwnerKey, OwnerNames>;
  readonly results: readonly Results[];
}

/** Reads the changed owners, then, if some now print under other names, whatever refers to them. */
async function readChanges(session: Session, ctx: IntrospectContext, prev: State, changed: readonly OwnerKey[]): Promise<Changes> {
  const first = await runCatalogQueries(session, ctx, SNAPSHOT_QUERIES, changedScope(splitOwners(changed)));
  const fresh = parseOwnerNames(first.extras.names);
  const seeds = changed.flatMap((key) => {
    const before = prev.names.get(key);
    return before ? seedsFor(key, before, fresh.get(key)) : [];
  });
  const names = new Map([...prev.names, ...fresh]);
  const dirty = new Set(changed);
  const results: Results[] = [first.results];
  if (seeds.length > 0) {
    const second = await runCatalogQueries(session, ctx, SNAPSHOT_QUERIES, dependentsScope(seeds));
    for (const key of dirtyOwners(second.extras.dirty)) dirty.add(key);
    results.push(second.results);
  }
  return { dirty, names, results };
}

/**
 * The scoped reads run hundreds of times with different owner lists. Their plans are made once (generic):
 * re-planning these statements costs more than running them. The catalogs' statistics date from initdb in a
 * shadow, so the planner would scan whole catalogs to find a few rows; the filters all match indexed
 * columns (https://www.postgresql.org/docs/current/runtime-config-query.html).
 */
function scopedReadSettings(fingerprint: Fingerprint): Record<string, string> {
  const settings: Record<string, string> = { search_path: 'pg_catalog', enable_seqscan: 'off', enable_hashjoin: 'off', enable_mergejoin: 'off' };
  if (fingerprint.settings.plan_cache_mode !== undefined) settings.plan_cache_mode = 'force_generic_plan';
  return settings;
}

/** Owners whose signature differs or that are new, and owners that are gone. */
function compareOwners(before: ReadonlyMap<OwnerKey, string>, after: ReadonlyMap<OwnerKey, string>): { changed: OwnerKey[]; removed: OwnerKey[] } {
  const changed = [...after].filter(([key, sig]) => before.get(key) !== sig).map(([key]) => key);
  const removed = [...before.keys()].filter((key) => !after.has(key));
  return { changed, removed };
}

/** Adds freshly read entries to their owners' buckets (each owner's rows were all read, so they replace). */
function fill(buckets: MutableBuckets, reads: readonly Results[]): Buckets {
  for (const kind of SNAPSHOT_KINDS) {
    const byOwner = buckets.get(kind) ?? new Map<OwnerKey | null, readonly unknown[]>();
    for (const results of reads) {
      const fresh = new Map<OwnerKey | null, unknown[]>();
      for (const { owner, entry } of results[kind] ?? []) {
        const list = fresh.get(owner) ?? [];
        list.push(entry);
        fresh.set(owner, list);
      }
      for (const [owner, list] of fresh) byOwner.set(owner, list);
    }
    buckets.set(kind, byOwner);
  }
  return buckets;
}

function build(
  fingerprint: Fingerprint,
  names: ReadonlyMap<OwnerKey, OwnerNames>,
  buckets: Buckets,
  reuse: { prev: State; touched: ReadonlySet<SnapshotKind> } | undefined,
): State {
  const entriesOf = (kind: SnapshotKind): unknown[] => [...(buckets.get(kind)?.values() ?? [])].flat();
  const collected = collectAll(entriesOf, reuse && ((kind) => (reuse.touched.has(kind) ? undefined : reuse.prev.collected[kind])));
  const snapshot = assembleSnapshot(collected);
  const keepTables = reuse && !reuse.touched.has('tables') && !reuse.touched.has('columns');
  return { fingerprint, names, buckets, collected, snapshot: keepTables ? { ...snapshot, tables: reuse.prev.snapshot.tables } : snapshot };
}

async function verifySnapshot(session: Session, options: SnapshotOptions, incremental: SchemaSnapshot): Promise<void> {
  const full = await snapshotSchema(session, options);
  if (JSON.stringify(full) === JSON.stringify(incremental)) return;
  const differences = diffSchemas(full, incremental);
  const listed = differences.length ? formatDifferences(differences) : '(only in fields diffSchemas ignores)';
  throw new LockstepError('LOCKSTEP_E_INTERNAL', `the incremental schema snapshot differs from a full one:\n${listed}`, {
    hint: 'This is a bug in Lockstep; please report it with the migration that was applied last.',
  });
}
