/**
 * Turning raw observations into TracedLock / TracedRewrite entries: lock modes taken between two reads
 * of pg_locks, relfilenode changes, and the static lock model for statements that cannot be observed.
 */
import { LOCK_MODES, blockedBy, statementLocks, type LockMode } from '../locks/index.js';
import type { ParsedStatement } from '../sql/index.js';
import type { ExistingRelation, TracedLock, TracedRewrite } from './types.js';

/** "AccessExclusiveLock" ↔ "AccessExclusive" (the linter's spelling). */
export function toLintMode(pgMode: string): LockMode | undefined {
  const bare = pgMode.replace(/Lock$/, '');
  return (LOCK_MODES as readonly string[]).includes(bare) ? (bare as LockMode) : undefined;
}

const rank = (pgMode: string): number => LOCK_MODES.indexOf(toLintMode(pgMode) ?? 'AccessShare');

function tracedLock(rel: ExistingRelation, modes: readonly string[], source: TracedLock['source']): TracedLock {
  const sorted = [...new Set(modes)].sort((a, b) => rank(a) - rank(b));
  const strongest = sorted.at(-1) ?? 'AccessShareLock';
  return { relation: rel.name, kind: rel.kind, modes: sorted, strongest, blocks: blockedBy(toLintMode(strongest) ?? 'AccessShare'), source };
}

/**
 * Locks in `after` but not in `before`, on relations that existed before the migration. Index locks
 * are left out: an index is locked together with its table, and the table's lock is what others wait on.
 */
export function newLocks(before: ReadonlySet<string>, after: ReadonlySet<string>, existing: ReadonlyMap<number, ExistingRelation>): TracedLock[] {
  const byRelation = new Map<number, string[]>();
  for (const key of after) {
    if (before.has(key)) continue;
    const [oid, mode] = key.split(':') as [string, string];
    const rel = existing.get(Number(oid));
    if (!rel || rel.kind === 'index' || rel.kind === 'partitioned index') continue;
    byRelation.set(rel.oid, [...(byRelation.get(rel.oid) ?? []), mode]);
  }
  return [...byRelation].map(([oid, modes]) => tracedLock(existing.get(oid) as ExistingRelation, modes, 'pg_locks'))
    .sort((a, b) => (a.relation < b.relation ? -1 : 1));
}

/** Relations whose relfilenode changed between two reads (a dropped relation is not a rewrite). */
export function rewritten(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>, existing: ReadonlyMap<number, ExistingRelation>): TracedRewrite[] {
  const out: TracedRewrite[] = [];
  for (const [oid, node] of after) {
    const was = before.get(oid);
    const rel = existing.get(oid);
    if (!rel || was === undefined || was === 0 || node === 0 || was === node) continue;
    out.push({ relation: rel.name, kind: rel.kind, table: rel.table });
  }
  return out.sort((a, b) => (a.relation < b.relation ? -1 : 1));
}

/**
 * A name as written in SQL ("payments", "billing.payments", "\"Payments\"") → the existing relation it
 * most likely means: exact schema-qualified match, else the bare name in public, else in any schema.
 */
export function resolveRelation(name: string, existing: ReadonlyMap<number, ExistingRelation>): ExistingRelation | undefined {
  const clean = name.replace(/"/g, '');
  const all = [...existing.values()];
  if (clean.includes('.')) return all.find((r) => r.name === clean);
  return all.find((r) => r.name === `public.${clean}`) ?? all.find((r) => r.name.slice(r.name.indexOf('.') + 1) === clean);
}

export interface StaticFacts {
  readonly locks: TracedLock[];
  readonly rewrites: TracedRewrite[];
  readonly scans: string[];
  readonly buildsIndexOn: string | null;
}

/** What the static lock model says about one statement, restricted to relations that already exist. */
export function staticFacts(stmt: ParsedStatement, existing: ReadonlyMap<number, ExistingRelation>, pgVersion: number): StaticFacts {
  const locks: TracedLock[] = [];
  const rewrites: TracedRewrite[] = [];
  const scans: string[] = [];
  for (const e of statementLocks(stmt, { pgVersion })) {
    const rel = resolveRelation(e.relation, existing);
    if (!rel) continue;
    locks.push(tracedLock(rel, [`${e.mode}Lock`], 'static-model'));
    if (e.rewrite) rewrites.push({ relation: rel.name, kind: rel.kind, table: rel.table });
    if (e.scan) scans.push(rel.name);
  }
  const buildsIndexOn = stmt.kind === 'IndexStmt' ? (locks[0]?.relation ?? null) : null;
  return { locks, rewrites, scans, buildsIndexOn };
}
