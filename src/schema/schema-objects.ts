/**
 * A snapshot flattened into comparable objects: each with a type, a display name that is also its
 * identity, and labelled fields rendered as text. diffSchemas compares these field by field, so a
 * difference reads "type: integer → bigint" rather than as a text diff of two dumps.
 */
import { qualified } from './introspect/context.js';
import type {
  ColumnInfo,
  CompositeTypeInfo,
  ConstraintInfo,
  DomainInfo,
  FunctionInfo,
  IndexInfo,
  PolicyInfo,
  SchemaSnapshot,
  SequenceInfo,
  TableInfo,
  TriggerInfo,
  ViewInfo,
} from './types.js';

export type ObjectType =
  | 'schema'
  | 'extension'
  | 'table'
  | 'column'
  | 'view'
  | 'materialized view'
  | 'sequence'
  | 'function'
  | 'procedure'
  | 'aggregate'
  | 'window function'
  | 'enum'
  | 'domain'
  | 'composite type'
  | 'constraint'
  | 'index'
  | 'trigger'
  | 'policy';

export type Field = readonly [label: string, value: string];

export interface SchemaObject {
  readonly objectType: ObjectType;
  /** e.g. "public.payments.amount" for a column, "public.add(a integer, b integer)" for a function. */
  readonly name: string;
  /** "schema.table" the object belongs to and disappears with (columns, constraints, indexes...). */
  readonly table: string | null;
  /** Field labels and values; "definition" fields hold multi-line text. */
  readonly fields: readonly Field[];
}

const NONE = '(none)';
const yesNo = (b: boolean): string => (b ? 'yes' : 'no');
const orNone = (v: string | null): string => v ?? NONE;
const list = (v: readonly string[]): string => (v.length ? v.join(', ') : NONE);

export function listObjects(s: SchemaSnapshot): SchemaObject[] {
  return [
    ...s.schemas.map((x) => once(x, () => object('schema', x.name, [['comment', orNone(x.comment)]]))),
    // The version is information only: the same SQL on two servers can install different versions.
    ...s.extensions.map((x) => once(x, () => object('extension', x.name, [['schema', x.schema]]))),
    ...s.tables.flatMap(tableObjects),
    ...s.views.map((x) => once(x, viewObject)),
    ...s.sequences.map((x) => once(x, sequenceObject)),
    ...s.functions.map((x) => once(x, functionObject)),
    ...s.enums.map((x) => once(x, () => object('enum', qualified(x.schema, x.name), [['labels', list(x.labels)], ['comment', orNone(x.comment)]]))),
    ...s.domains.map((x) => once(x, domainObject)),
    ...s.compositeTypes.map((x) => once(x, compositeObject)),
    ...s.constraints.map((x) => once(x, constraintObject)),
    ...s.indexes.map((x) => once(x, indexObject)),
    ...s.triggers.map((x) => once(x, triggerObject)),
    ...s.policies.map((x) => once(x, policyObject)),
  ];
}

/**
 * Snapshot entries are immutable, and incremental snapshots (schema-snapshotter.ts) share the entries of
 * everything that did not change, so each entry's object is made once; diffSchemas then also skips
 * comparing the fields of an object that is the very same on both sides.
 */
const made = new WeakMap<object, SchemaObject>();

function once<T extends object>(entry: T, make: (entry: T) => SchemaObject): SchemaObject {
  let o = made.get(entry);
  if (!o) {
    o = make(entry);
    made.set(entry, o);
  }
  return o;
}

/** A column's object also depends on its table's name, so it is kept per table name. */
const madeColumns = new WeakMap<ColumnInfo, Map<string, SchemaObject>>();

function object(objectType: ObjectType, name: string, fields: Field[], table: string | null = null): SchemaObject {
  return { objectType, name, table, fields };
}

function viewObject(x: ViewInfo): SchemaObject {
  return object(x.kind === 'view' ? 'view' : 'materialized view', qualified(x.schema, x.name), [
    ['definition', x.definition],
    ['options', list(x.options)],
    ['comment', orNone(x.comment)],
  ]);
}

function sequenceObject(x: SequenceInfo): SchemaObject {
  const owner = x.ownedBy === null ? null : x.ownedBy.slice(0, x.ownedBy.lastIndexOf('.'));
  return object('sequence', qualified(x.schema, x.name), [
    ['type', x.type], ['start', x.start], ['increment', x.increment], ['min', x.min], ['max', x.max],
    ['cache', x.cache], ['cycle', yesNo(x.cycle)], ['owned by', orNone(x.ownedBy)], ['identity', yesNo(x.identity)],
  ], owner);
}

function compositeObject(x: CompositeTypeInfo): SchemaObject {
  const attributes = x.attributes.map((a) => `${a.name} ${a.type}${a.collation ? ` collate ${a.collation}` : ''}`);
  return object('composite type', qualified(x.schema, x.name), [['attributes', list(attributes)], ['comment', orNone(x.comment)]]);
}

function constraintObject(x: ConstraintInfo): SchemaObject {
  const table = qualified(x.schema, x.table);
  return object('constraint', `${table}.${x.name}`, [
    ['kind', x.kind], ['definition', x.definition], ['validated', yesNo(x.validated)], ['deferrable', yesNo(x.deferrable)],
    ['deferred', yesNo(x.deferred)], ['enforced', yesNo(x.enforced)], ['inherited', yesNo(x.inherited)],
    ['comment', orNone(x.comment)],
  ], table);
}

function indexObject(x: IndexInfo): SchemaObject {
  return object('index', qualified(x.schema, x.name), [
    ['table', x.table], ['definition', x.definition], ['unique', yesNo(x.unique)], ['primary', yesNo(x.primary)],
    ['valid', yesNo(x.valid)], ['attached to', orNone(x.parentIndex)], ['comment', orNone(x.comment)],
  ], x.table);
}

function triggerObject(x: TriggerInfo): SchemaObject {
  const table = qualified(x.schema, x.table);
  return object('trigger', `${table}.${x.name}`, [
    ['definition', x.definition], ['enabled', x.enabled], ['comment', orNone(x.comment)],
  ], table);
}

function policyObject(x: PolicyInfo): SchemaObject {
  const table = qualified(x.schema, x.table);
  return object('policy', `${table}.${x.name}`, [
    ['command', x.command], ['permissive', yesNo(x.permissive)], ['roles', list(x.roles)],
    ['using', orNone(x.using)], ['with check', orNone(x.withCheck)],
  ], table);
}

function tableObjects(t: TableInfo): SchemaObject[] {
  const name = qualified(t.schema, t.name);
  const table: SchemaObject = {
    objectType: 'table',
    name,
    table: null,
    fields: [
      ['kind', t.kind], ['persistence', t.persistence], ['partition key', orNone(t.partitionKey)],
      ['partition of', orNone(t.partitionOf)], ['partition bound', orNone(t.partitionBound)], ['inherits', list(t.inherits)],
      ['row security', yesNo(t.rowSecurity)], ['force row security', yesNo(t.forceRowSecurity)],
      ['options', list(t.options)], ['comment', orNone(t.comment)],
    ],
  };
  return [table, ...t.columns.map((c) => columnOnce(name, c))];
}

function columnOnce(table: string, c: ColumnInfo): SchemaObject {
  let byTable = madeColumns.get(c);
  if (!byTable) {
    byTable = new Map();
    madeColumns.set(c, byTable);
  }
  let o = byTable.get(table);
  if (!o) {
    o = columnObject(table, c);
    byTable.set(table, o);
  }
  return o;
}

function columnObject(table: string, c: ColumnInfo): SchemaObject {
  return {
    objectType: 'column',
    name: `${table}.${c.name}`,
    table,
    fields: [
      ['position', String(c.position)], ['type', c.type], ['nullable', yesNo(c.nullable)], ['default', orNone(c.default)],
      ['identity', orNone(c.identity)], ['generated', c.generated ? `${c.generated.expression} (${c.generated.kind})` : NONE],
      ['collation', orNone(c.collation)], ['comment', orNone(c.comment)],
    ],
  };
}

const FUNCTION_TYPES: Readonly<Record<FunctionInfo['kind'], ObjectType>> = {
  function: 'function',
  procedure: 'procedure',
  aggregate: 'aggregate',
  window: 'window function',
};

function functionObject(f: FunctionInfo): SchemaObject {
  return {
    objectType: FUNCTION_TYPES[f.kind],
    name: `${qualified(f.schema, f.name)}(${f.arguments})`,
    table: null,
    fields: [
      ['returns', orNone(f.returns)], ['language', f.language], ['volatility', f.volatility], ['strict', yesNo(f.strict)],
      ['security definer', yesNo(f.securityDefiner)], ['definition', f.definition], ['comment', orNone(f.comment)],
    ],
  };
}

function domainObject(d: DomainInfo): SchemaObject {
  const constraints = d.constraints.map((c) => `${c.name} ${c.definition}${c.validated ? '' : ' NOT VALID'}`);
  return {
    objectType: 'domain',
    name: qualified(d.schema, d.name),
    table: null,
    fields: [
      ['base type', d.baseType], ['not null', yesNo(d.notNull)], ['default', orNone(d.default)],
      ['collation', orNone(d.collation)], ['constraints', list(constraints)], ['comment', orNone(d.comment)],
    ],
  };
}
