import { compareText } from './introspect/context.js';
import { listObjects, type Field, type ObjectType, type SchemaObject } from './schema-objects.js';
import type { SchemaSnapshot } from './types.js';

export type { ObjectType } from './schema-objects.js';

export interface SchemaDifference {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly objectType: ObjectType;
  /** e.g. "public.payments.amount". */
  readonly name: string;
  /** For changes: one line per field, e.g. "type: integer → bigint", "nullable: yes → no". */
  readonly details?: readonly string[];
}

/**
 * What changed from `a` to `b`, one entry per object, sorted by name. Objects that belong to an
 * added or removed table (its columns, constraints, indexes, triggers, policies, owned sequences)
 * are not listed again: the table's entry says it all.
 */
export function diffSchemas(a: SchemaSnapshot, b: SchemaSnapshot): SchemaDifference[] {
  const before = byKey(listObjects(a));
  const after = byKey(listObjects(b));
  const goneTables = new Set([...before.values()].filter((o) => o.objectType === 'table' && !after.has(key(o))).map((o) => o.name));
  const newTables = new Set([...after.values()].filter((o) => o.objectType === 'table' && !before.has(key(o))).map((o) => o.name));
  const out: SchemaDifference[] = [];
  for (const [k, old] of before) {
    const next = after.get(k);
    if (!next) {
      if (old.table === null || !goneTables.has(old.table)) out.push({ kind: 'removed', objectType: old.objectType, name: old.name });
      continue;
    }
    const details = old === next ? [] : fieldChanges(old.fields, next.fields);
    if (details.length) out.push({ kind: 'changed', objectType: old.objectType, name: old.name, details });
  }
  for (const [k, obj] of after) {
    if (before.has(k) || (obj.table !== null && newTables.has(obj.table))) continue;
    out.push({ kind: 'added', objectType: obj.objectType, name: obj.name });
  }
  return out.sort(
    (x, y) => compareText(x.name, y.name) || compareText(x.objectType, y.objectType) || compareText(x.kind, y.kind),
  );
}

const key = (o: SchemaObject): string => `${o.objectType}\0${o.name}`;

function byKey(objects: readonly SchemaObject[]): Map<string, SchemaObject> {
  return new Map(objects.map((o) => [key(o), o]));
}

function fieldChanges(before: readonly Field[], after: readonly Field[]): string[] {
  const next = new Map(after);
  const out: string[] = [];
  for (const [label, old] of before) {
    const now = next.get(label);
    if (now === undefined || now === old) continue;
    out.push(old.includes('\n') || now.includes('\n') ? textChange(label, old, now) : `${label}: ${old} → ${now}`);
  }
  return out;
}

const MAX_SHOWN = 100;

/** A multi-line value (a function body, a view query): name the first line that differs. */
function textChange(label: string, old: string, now: string): string {
  const a = old.split('\n');
  const b = now.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (line: string | undefined): string => {
    if (line === undefined) return '(end)';
    const t = line.trim();
    return t.length > MAX_SHOWN ? `${t.slice(0, MAX_SHOWN)}…` : t;
  };
  return `${label} changed at line ${i + 1}: ${show(a[i])} → ${show(b[i])}`;
}
