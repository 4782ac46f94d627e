/**
 * Owner keys: one number per relation, type or function that catalog rows belong to (see OwnerKind).
 * OIDs are unique within one catalog only, so each kind gets its own range above 2^32; JavaScript
 * numbers hold these exactly. SQL computes the same keys (ownerKeySql) so the two sides agree.
 */
import type { OwnerKind } from './context.js';

export type OwnerKey = number;

const OFFSET: Readonly<Record<OwnerKind, number>> = { relation: 0, type: 2 ** 32, function: 2 ** 33 };

export function ownerKey(kind: OwnerKind, oid: unknown): OwnerKey {
  return OFFSET[kind] + Number(oid);
}

export function ownerKind(key: OwnerKey): OwnerKind {
  return key >= OFFSET.function ? 'function' : key >= OFFSET.type ? 'type' : 'relation';
}

export function ownerOid(key: OwnerKey): number {
  return key - OFFSET[ownerKind(key)];
}

/** SQL: the owner key (int8) of the object whose oid is `oid`. */
export function ownerKeySql(kind: OwnerKind, oid: string): string {
  return OFFSET[kind] === 0 ? `${oid}::int8` : `(${oid}::int8 + ${OFFSET[kind]})`;
}
