import type { ExtensionInfo } from '../types.js';
import { sortBy, text, type CatalogQuery } from './context.js';

/**
 * Extensions created by the user. Those present since initdb (plpgsql) have OIDs below
 * FirstNormalObjectId (16384) and are left out, as pg_dump does.
 */
export const extensionsQuery: CatalogQuery<ExtensionInfo, ExtensionInfo[]> = {
  owner: null,
  sql: () =>
    `select e.extname as name, n.nspname as schema, e.extversion as version
       from pg_catalog.pg_extension e
       join pg_catalog.pg_namespace n on n.oid = e.extnamespace
      where e.oid >= 16384 and n.nspname <> all ($1::text[])`,
  entries: (rows) => rows.map((r) => ({ name: text(r, 'name'), schema: text(r, 'schema'), version: text(r, 'version') })),
  collect: (entries) => sortBy(entries, (e) => e.name),
};
