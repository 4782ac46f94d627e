/**
 * Column-order-only differences: a down that drops and re-adds a column puts it last, so the schema has the
 * same columns with other positions. That matters for `SELECT *`, `INSERT` without a column list and `COPY`,
 * but it is its own kind of failure, which `lockstep test --ignore-column-order` accepts.
 */
import type { SchemaDifference, SchemaSnapshot } from '../schema/index.js';

/** A difference that only moves a column. */
export function isPositionOnly(d: SchemaDifference): boolean {
  return d.kind === 'changed' && d.objectType === 'column' && (d.details ?? []).length > 0 && (d.details ?? []).every((x) => x.startsWith('position: '));
}

/** Differences other than column moves. */
export function withoutPositions(diffs: readonly SchemaDifference[]): SchemaDifference[] {
  return diffs.filter((d) => !isPositionOnly(d));
}

/** "public.orders: id, total, note → id, note, total" for each table whose columns moved between `a` and `b`. */
export function columnOrderChanges(a: SchemaSnapshot, b: SchemaSnapshot, diffs: readonly SchemaDifference[]): string[] {
  const moved = new Set(diffs.filter(isPositionOnly).map((d) => d.name.slice(0, d.name.lastIndexOf('.'))));
  const order = (s: SchemaSnapshot, table: string): string => s.tables.find((t) => `${t.schema}.${t.name}` === table)?.columns.map((c) => c.name).join(', ') ?? '';
  return [...moved].sort().map((t) => `${t}: ${order(a, t)} → ${order(b, t)}`);
}
