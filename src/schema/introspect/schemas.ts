import type { SchemaInfo } from '../types.js';
import { commentOf, notFromExtension, sortBy, text, textOrNull, userSchema, type CatalogQuery } from './context.js';

export const schemasQuery: CatalogQuery<SchemaInfo, SchemaInfo[]> = {
  owner: null,
  sql: () =>
    `select n.nspname as name, ${commentOf('pg_namespace', 'n.oid')} as comment
       from pg_catalog.pg_namespace n
      where ${userSchema('n')} and ${notFromExtension('pg_namespace', 'n.oid')}`,
  entries: (rows) => rows.map((r) => ({ name: text(r, 'name'), comment: textOrNull(r, 'comment') })),
  collect: (entries) => sortBy(entries, (s) => s.name),
};
