import type { DomainConstraintInfo, DomainInfo } from '../types.js';
import { bool, collationName, commentOf, json, notFromExtension, sortBy, text, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

/**
 * Domains with their CHECK constraints. NOT NULL is read from typnotnull: PostgreSQL 17+ also
 * catalogues it as a constraint (contype 'n'), older servers do not, so those rows are left out.
 */
export const domainsQuery: CatalogQuery<DomainInfo, DomainInfo[]> = {
  owner: 'type',
  sql: () =>
    `select t.oid as owner, n.nspname as schema, t.typname as name, pg_catalog.format_type(t.typbasetype, t.typtypmod) as base_type,
            t.typnotnull as not_null, pg_catalog.pg_get_expr(t.typdefaultbin, 0) as default_expr,
            case when t.typcollation <> bt.typcollation then ${collationName('t.typcollation')} end as collation,
            coalesce((select pg_catalog.json_agg(pg_catalog.json_build_object('name', co.conname,
                        'definition', pg_catalog.pg_get_constraintdef(co.oid), 'validated', co.convalidated))
                 from pg_catalog.pg_constraint co where co.contypid = t.oid and co.contype = 'c'), '[]'::json) as constraints,
            ${commentOf('pg_type', 't.oid')} as comment
       from pg_catalog.pg_type t
       join pg_catalog.pg_namespace n on n.oid = t.typnamespace
       join pg_catalog.pg_type bt on bt.oid = t.typbasetype
      where t.typtype = 'd' and ${userSchema('n')} and ${notFromExtension('pg_type', 't.oid')}`,
  entries: (rows) => rows.map(toDomain),
  collect: (entries) => sortBy(entries, (d) => d.schema, (d) => d.name),
};

function toDomain(row: Row): DomainInfo {
  const constraints = json<Array<Record<string, unknown>>>(row, 'constraints').map(
    (c): DomainConstraintInfo => ({ name: text(c, 'name'), definition: text(c, 'definition'), validated: bool(c, 'validated') }),
  );
  return {
    schema: text(row, 'schema'),
    name: text(row, 'name'),
    baseType: text(row, 'base_type'),
    notNull: bool(row, 'not_null'),
    default: textOrNull(row, 'default_expr'),
    collation: textOrNull(row, 'collation'),
    constraints: sortBy(constraints, (c) => c.name),
    comment: textOrNull(row, 'comment'),
  };
}
