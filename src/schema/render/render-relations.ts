import type { ColumnInfo, ConstraintInfo, PolicyInfo, SchemaSnapshot, TableInfo, TriggerInfo, ViewInfo } from '../types.js';
import { qname, qpath, quoteIdent } from './quote.js';

export function renderTables(s: SchemaSnapshot): string[] {
  return s.tables.map(renderTable);
}

function renderTable(t: TableInfo): string {
  const name = qname(t.schema, t.name);
  const unlogged = t.persistence === 'unlogged' ? 'UNLOGGED ' : '';
  const options = t.options.length ? ` WITH (${t.options.join(', ')})` : '';
  // A partition's columns come from its parent: only the bound is its own.
  if (t.partitionOf !== null) return `CREATE ${unlogged}TABLE ${name} PARTITION OF ${qpath(t.partitionOf)} ${t.partitionBound ?? 'DEFAULT'}${options};`;
  const columns = t.columns.map((c) => `  ${renderColumn(c)}`).join(',\n');
  const inherits = t.inherits.length ? ` INHERITS (${t.inherits.map(qpath).join(', ')})` : '';
  const partitionBy = t.partitionKey ? ` PARTITION BY ${t.partitionKey}` : '';
  return `CREATE ${unlogged}TABLE ${name} (\n${columns}\n)${inherits}${partitionBy}${options};`;
}

function renderColumn(c: ColumnInfo): string {
  const parts = [quoteIdent(c.name), c.type];
  if (c.collation) parts.push(`COLLATE ${c.collation}`);
  if (c.identity) parts.push(`GENERATED ${c.identity.toUpperCase()} AS IDENTITY`);
  if (c.generated) parts.push(`GENERATED ALWAYS AS (${c.generated.expression}) ${c.generated.kind.toUpperCase()}`);
  if (c.default !== null) parts.push(`DEFAULT ${c.default}`);
  if (!c.nullable) parts.push('NOT NULL');
  return parts.join(' ');
}

/** Foreign keys last (they need the referenced key); inherited constraints come with the parent's. */
export function renderConstraints(s: SchemaSnapshot): string[] {
  const own = s.constraints.filter((c) => !c.inherited);
  return [...own.filter((c) => c.kind !== 'foreign key'), ...own.filter((c) => c.kind === 'foreign key')].map(renderConstraint);
}

function renderConstraint(c: ConstraintInfo): string {
  const notValid = c.validated || c.definition.includes('NOT VALID') ? '' : ' NOT VALID';
  return `ALTER TABLE ${qname(c.schema, c.table)} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.definition}${notValid};`;
}

/**
 * Indexes, except those a constraint creates (same name as a primary key, unique or exclusion
 * constraint). A partitioned table's index is created ON ONLY the parent, so each partition's index
 * is attached to it afterwards, as pg_dump does.
 */
export function renderIndexes(s: SchemaSnapshot): string[] {
  const owned = new Set(s.constraints.filter((c) => c.kind !== 'check' && c.kind !== 'foreign key').map((c) => `${c.schema}.${c.name}`));
  // An empty definition: it could not be read without a lock (SnapshotOptions.lockFree); the shadow goes without it.
  const indexes = s.indexes.filter((i) => !owned.has(`${i.schema}.${i.name}`) && i.definition !== '');
  const attach = indexes
    .filter((i) => i.parentIndex !== null)
    .map((i) => `ALTER INDEX ${qpath(i.parentIndex ?? '')} ATTACH PARTITION ${qname(i.schema, i.name)};`);
  return [...indexes.map((i) => `${i.definition};`), ...attach];
}

export function renderViews(s: SchemaSnapshot): string[] {
  return s.views.map(renderView);
}

function renderView(v: ViewInfo): string {
  const query = v.definition.replace(/;\s*$/, '');
  const options = v.options.length ? ` WITH (${v.options.join(', ')})` : '';
  const what = v.kind === 'materialized' ? 'MATERIALIZED VIEW' : 'VIEW';
  return `CREATE ${what} ${qname(v.schema, v.name)}${options} AS\n${query};`;
}

const TRIGGER_STATE: Readonly<Record<TriggerInfo['enabled'], string>> = { origin: '', disabled: 'DISABLE', replica: 'ENABLE REPLICA', always: 'ENABLE ALWAYS' };

export function renderTriggers(s: SchemaSnapshot): string[] {
  return s.triggers.flatMap((t) => {
    const state = TRIGGER_STATE[t.enabled];
    return state ? [`${t.definition};`, `ALTER TABLE ${qname(t.schema, t.table)} ${state} TRIGGER ${quoteIdent(t.name)};`] : [`${t.definition};`];
  });
}

export function renderRowSecurity(s: SchemaSnapshot): string[] {
  return [
    ...s.tables.filter((t) => t.rowSecurity).map((t) => `ALTER TABLE ${qname(t.schema, t.name)} ENABLE ROW LEVEL SECURITY;`),
    ...s.tables.filter((t) => t.forceRowSecurity).map((t) => `ALTER TABLE ${qname(t.schema, t.name)} FORCE ROW LEVEL SECURITY;`),
    ...s.policies.map(renderPolicy),
  ];
}

function renderPolicy(p: PolicyInfo): string {
  const parts = [`CREATE POLICY ${quoteIdent(p.name)} ON ${qname(p.schema, p.table)}`];
  if (!p.permissive) parts.push('AS RESTRICTIVE');
  parts.push(`FOR ${p.command.toUpperCase()}`);
  parts.push(`TO ${p.roles.map((r) => (r === 'public' ? 'PUBLIC' : quoteIdent(r))).join(', ')}`);
  if (p.using !== null) parts.push(`USING (${p.using})`);
  if (p.withCheck !== null) parts.push(`WITH CHECK (${p.withCheck})`);
  return `${parts.join(' ')};`;
}
