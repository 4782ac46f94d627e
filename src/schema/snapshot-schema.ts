import type { Session } from '../db/port.js';
import { columnsQuery } from './introspect/columns.js';
import { compositeTypesQuery } from './introspect/composite-types.js';
import { constraintsQuery } from './introspect/constraints.js';
import { runCatalogQueries, type IntrospectContext } from './introspect/context.js';
import { domainsQuery } from './introspect/domains.js';
import { enumsQuery } from './introspect/enums.js';
import { extensionsQuery } from './introspect/extensions.js';
import { functionsQuery } from './introspect/functions.js';
import { indexesQuery } from './introspect/indexes.js';
import { policiesQuery } from './introspect/policies.js';
import { schemasQuery } from './introspect/schemas.js';
import { sequencesQuery } from './introspect/sequences.js';
import { tablesQuery, withColumns } from './introspect/tables.js';
import { triggersQuery } from './introspect/triggers.js';
import { viewsQuery } from './introspect/views.js';
import type { SchemaSnapshot, SnapshotOptions } from './types.js';

/** Lockstep's own history schema, left out of snapshots unless excludeSchemas says otherwise. */
export const DEFAULT_EXCLUDED_SCHEMAS: readonly string[] = ['lockstep'];

const QUERIES = {
  schemas: schemasQuery,
  extensions: extensionsQuery,
  tables: tablesQuery,
  columns: columnsQuery,
  views: viewsQuery,
  sequences: sequencesQuery,
  functions: functionsQuery,
  enums: enumsQuery,
  domains: domainsQuery,
  compositeTypes: compositeTypesQuery,
  constraints: constraintsQuery,
  indexes: indexesQuery,
  triggers: triggersQuery,
  policies: policiesQuery,
};

/**
 * Reads the user-defined schema of the database behind `session` from the system catalogs.
 * Read-only; the session's search_path is changed for the duration and restored.
 */
export async function snapshotSchema(session: Session, options: SnapshotOptions = {}): Promise<SchemaSnapshot> {
  const settings = await session.query<{ version: string; path: string }>(
    `select pg_catalog.current_setting('server_version_num') as version, pg_catalog.current_setting('search_path') as path`,
  );
  const ctx: IntrospectContext = {
    excludeSchemas: options.excludeSchemas ?? DEFAULT_EXCLUDED_SCHEMAS,
    serverVersion: Number(settings.rows[0]?.version ?? 0),
  };
  const path = settings.rows[0]?.path ?? '';
  const { columns, tables, ...rest } = await withSearchPath(session, path, () => runCatalogQueries(session, ctx, QUERIES));
  return {
    schemas: rest.schemas,
    extensions: rest.extensions,
    tables: withColumns(tables, columns),
    views: rest.views,
    sequences: rest.sequences,
    functions: rest.functions,
    enums: rest.enums,
    domains: rest.domains,
    compositeTypes: rest.compositeTypes,
    constraints: rest.constraints,
    indexes: rest.indexes,
    triggers: rest.triggers,
    policies: rest.policies,
  };
}

/**
 * The pg_get_*def functions and format_type qualify a name only when it is not visible on the
 * search_path, so their text depends on it. With only pg_catalog on the path every user object
 * comes out schema-qualified, whatever the caller's setting; `saved` is put back afterwards.
 */
async function withSearchPath<T>(session: Session, saved: string, body: () => Promise<T>): Promise<T> {
  await session.query(`select pg_catalog.set_config('search_path', 'pg_catalog', false)`);
  let failed = false;
  try {
    return await body();
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    // After a failure inside an aborted transaction the reset fails too, but ROLLBACK undoes the SET anyway.
    await session.query(`select pg_catalog.set_config('search_path', $1, false)`, [saved]).catch((err: unknown) => {
      if (!failed) throw err;
    });
  }
}
