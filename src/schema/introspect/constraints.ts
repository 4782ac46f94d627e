import type { ConstraintInfo, ConstraintKind } from '../types.js';
import { bool, commentOf, notFromExtension, sortBy, text, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

const KINDS: Readonly<Record<string, ConstraintKind>> = {
  p: 'primary key',
  u: 'unique',
  f: 'foreign key',
  c: 'check',
  x: 'exclusion',
};

/**
 * Table constraints. Left out: NOT NULL constraints (contype 'n', catalogued from PostgreSQL 18;
 * nullability is already a column property, and older servers do not list them), and constraint
 * triggers (contype 't', which appear as triggers).
 */
export const constraintsQuery: CatalogQuery<ConstraintInfo, ConstraintInfo[]> = {
  owner: 'relation',
  sql: (ctx) => {
    // conenforced exists from PostgreSQL 18 (NOT ENFORCED constraints).
    const enforced = ctx.serverVersion >= 180000 ? 'co.conenforced' : 'true';
    return `select co.conrelid as owner, n.nspname as schema, c.relname as table_name, co.conname as name, co.contype::text as kind,
            pg_catalog.pg_get_constraintdef(co.oid) as definition, co.convalidated as validated,
            co.condeferrable as deferrable, co.condeferred as deferred, ${enforced} as enforced, not co.conislocal as inherited,
            ${commentOf('pg_constraint', 'co.oid')} as comment
       from pg_catalog.pg_constraint co
       join pg_catalog.pg_class c on c.oid = co.conrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where co.contype in ('p', 'u', 'f', 'c', 'x') and c.relkind in ('r', 'p') and ${userSchema('n')}
        and ${notFromExtension('pg_class', 'c.oid')}`;
  },
  entries: (rows) => rows.map(toConstraint),
  collect: (entries) => sortBy(entries, (c) => c.schema, (c) => c.table, (c) => c.name),
};

function toConstraint(row: Row): ConstraintInfo {
  return {
    schema: text(row, 'schema'),
    table: text(row, 'table_name'),
    name: text(row, 'name'),
    kind: KINDS[text(row, 'kind')] ?? 'check',
    definition: text(row, 'definition'),
    validated: bool(row, 'validated'),
    deferrable: bool(row, 'deferrable'),
    deferred: bool(row, 'deferred'),
    enforced: bool(row, 'enforced'),
    inherited: bool(row, 'inherited'),
    comment: textOrNull(row, 'comment'),
  };
}
