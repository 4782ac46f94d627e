/**
 * Every static claim of the lock model for one case, set against what the server did (observe.ts). A claim the
 * server contradicts, or something the server did that no claim covers, is a Disagreement.
 */
import type { LockEffect, LockMode } from '../../../src/locks/index.js';
import { LOCK_MODES } from '../../../src/locks/index.js';
import type { Catalog, Observation, Relation } from './observe.js';
import { resolve } from './observe.js';

export type ClaimKind = 'lock' | 'unclaimed-lock' | 'rewrite' | 'unclaimed-rewrite' | 'scan' | 'unclaimed-scan' | 'transaction' | 'error';

export interface Disagreement {
  readonly sql: string;
  readonly group: string;
  readonly kind: ClaimKind;
  /** schema.name of the relation concerned ('' for transaction and error). */
  readonly relation: string;
  /** What the model says and what the server did, in words ("ShareRowExclusive", "rewrite", "may run in a transaction"). */
  readonly model: string;
  readonly server: string;
  /** The relation is a partition or inheritance child of one the model names, or an index of one. */
  readonly viaParent?: boolean;
}

export interface Claims {
  readonly effects: readonly LockEffect[];
  /** noTransactionReason(): why it may not run in a transaction block, or undefined. */
  readonly noTransaction: string | undefined;
}

/** Locks weaker than SHARE UPDATE EXCLUSIVE block no reads, writes or DDL: not claims the model has to make. */
const NOTABLE = LOCK_MODES.indexOf('ShareUpdateExclusive');
const qualified = (r: Relation): string => `${r.schema}.${r.name}`;

function descendants(catalog: Catalog, oid: number): Relation[] {
  const out: Relation[] = [];
  for (const rel of catalog.byOid.values()) if (rel.owner === oid) out.push(rel, ...descendants(catalog, rel.oid));
  return out;
}

/** The claimed relation this one belongs to: itself, the table of an index, an ancestor partitioned table. */
function claimFor(catalog: Catalog, claimed: ReadonlyMap<number, LockEffect>, rel: Relation): { effect: LockEffect; self: boolean } | undefined {
  const own = claimed.get(rel.oid);
  if (own) return { effect: own, self: true };
  let up = rel.owner;
  while (up !== undefined) {
    const effect = claimed.get(up);
    if (effect) return { effect, self: false };
    up = catalog.byOid.get(up)?.owner;
  }
  return undefined;
}

function rewritten(catalog: Catalog, obs: Observation, rel: Relation): boolean {
  if (obs.newStorage.has(rel.oid)) return true;
  if (rel.kind === 'i' || rel.kind === 'I') return false;
  return descendants(catalog, rel.oid).some((d) => obs.newStorage.has(d.oid));
}

function scanned(catalog: Catalog, scans: ReadonlySet<number>, rel: Relation): boolean {
  return scans.has(rel.oid) || (rel.kind === 'p' && descendants(catalog, rel.oid).some((d) => scans.has(d.oid)));
}

export function judge(sql: string, group: string, claims: Claims, catalog: Catalog, obs: Observation, mayFail: boolean): Disagreement[] {
  const out: Disagreement[] = [];
  const say = (kind: ClaimKind, rel: Relation | undefined, model: string, server: string, viaParent?: boolean): void => {
    out.push({ sql, group, kind, relation: rel ? qualified(rel) : '', model, server, ...(viaParent ? { viaParent } : {}) });
  };
  if (obs.refusedInTransaction || obs.error === undefined || obs.error.code === 'oracle') {
    const refused = obs.refusedInTransaction;
    if (refused !== (claims.noTransaction !== undefined)) {
      say('transaction', undefined, claims.noTransaction ? `may not run in a transaction (${claims.noTransaction})` : 'may run in a transaction', refused ? 'refused in a transaction block (25001)' : 'ran in a transaction block');
    }
  }
  if (obs.refusedInTransaction) return out;
  if (obs.error) {
    if (!mayFail || obs.error.code === 'oracle') say('error', undefined, '', `${obs.error.code}: ${obs.error.message}`);
    return out;
  }

  const claimed = new Map<number, LockEffect>();
  for (const effect of claims.effects) {
    const rel = resolve(catalog, effect.relation);
    if (rel) claimed.set(rel.oid, effect);
  }
  const partial = obs.blockedOn !== undefined;
  for (const [oid, effect] of claimed) {
    const rel = catalog.byOid.get(oid) as Relation;
    if (partial && oid !== obs.blockedOn) continue;
    const held: LockMode | undefined = obs.locks.get(oid);
    if (held !== effect.mode) say('lock', rel, effect.mode, held ?? 'no lock');
    if (partial) continue;
    const rw = rewritten(catalog, obs, rel);
    if (rw !== effect.rewrite) say('rewrite', rel, effect.rewrite ? 'rewrite' : 'no rewrite', rw ? 'new storage' : 'same storage');
    if (obs.seqScans && rel.kind !== 'i' && rel.kind !== 'I' && rel.kind !== 'v' && rel.kind !== 'S') {
      const sc = scanned(catalog, obs.seqScans, rel);
      if (sc !== effect.scan) say('scan', rel, effect.scan ? 'scan' : 'no scan', sc ? 'read whole' : 'not read whole');
    }
  }
  if (partial) return out;

  for (const [oid, mode] of obs.locks) {
    const rel = catalog.byOid.get(oid);
    if (!rel || rel.kind === 'i' || rel.kind === 'I' || LOCK_MODES.indexOf(mode) < NOTABLE) continue;
    const claim = claimFor(catalog, claimed, rel);
    if (!claim) say('unclaimed-lock', rel, 'no lock', mode);
    // A lock on a partitioned table or an inheritance parent covers its children in that mode or a weaker one.
    else if (!claim.self && LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(claim.effect.mode)) say('unclaimed-lock', rel, `${claim.effect.mode} on ${claim.effect.relation}`, mode, true);
  }
  for (const oid of obs.newStorage) {
    const rel = catalog.byOid.get(oid);
    if (rel && !claimFor(catalog, claimed, rel)) say('unclaimed-rewrite', rel, 'no rewrite', 'new storage');
  }
  // A read under a lock that blocks no one (a SELECT's ACCESS SHARE, an INSERT's source) is not a claim the model makes.
  for (const oid of obs.seqScans ?? []) {
    const rel = catalog.byOid.get(oid);
    const held = obs.locks.get(oid);
    if (rel && held !== undefined && LOCK_MODES.indexOf(held) >= NOTABLE && !claimFor(catalog, claimed, rel)) say('unclaimed-scan', rel, 'no scan', 'read whole');
  }
  return out;
}
