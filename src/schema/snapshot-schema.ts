import type { Session } from '../db/port.js';
import { introspectColumns } from './introspect/columns.js';
import { introspectCompositeTypes } from './introspect/composite-types.js';
import { introspectConstraints } from './introspect/constraints.js';
import type { IntrospectContext } from './introspect/context.js';
import { introspectDomains } from './introspect/domains.js';
import { introspectEnums } from './introspect/enums.js';
import { introspectExtensions } from './introspect/extensions.js';
import { introspectFunctions } from './introspect/functions.js';
import { introspectIndexes } from './introspect/indexes.js';
import { introspectPolicies } from './introspect/policies.js';
import { introspectSchemas } from './introspect/schemas.js';
import { introspectSequences } from './introspect/sequences.js';
import { introspectTables } from './introspect/tables.js';
import { introspectTriggers } from './introspect/triggers.js';
import { introspectViews } from './introspect/views.js';
import type { SchemaSnapshot, SnapshotOptions } from './types.js';

/** Lockstep's own history schema, left out of snapshots unless excludeSchemas says otherwise. */
export const DEFAULT_EXCLUDED_SCHEMAS: readonly string[] = ['lockstep'];

/**
 * Reads the user-defined schema of the database behind `session` from the system catalogs.
 * Read-only; the session's search_path is changed for the duration and restored.
 */
export async function snapshotSchema(session: Session, options: SnapshotOptions = {}): Promise<SchemaSnapshot> {
  const version = await session.query<{ v: string }>(`select pg_catalog.current_setting('server_version_num') as v`);
  const ctx: IntrospectContext = {
    session,
    excludeSchemas: options.excludeSchemas ?? DEFAULT_EXCLUDED_SCHEMAS,
    serverVersion: Number(version.rows[0]?.v ?? 0),
  };
  return withQualifiedNames(session, () => readAll(ctx));
}

/** One query at a time: a session runs one statement at a time (and PGlite has a single backend). */
async function readAll(ctx: IntrospectContext): Promise<SchemaSnapshot> {
  const columns = await introspectColumns(ctx);
  return {
    schemas: await introspectSchemas(ctx),
    extensions: await introspectExtensions(ctx),
    tables: await introspectTables(ctx, columns),
    views: await introspectViews(ctx),
    sequences: await introspectSequences(ctx),
    functions: await introspectFunctions(ctx),
    enums: await introspectEnums(ctx),
    domains: await introspectDomains(ctx),
    compositeTypes: await introspectCompositeTypes(ctx),
    constraints: await introspectConstraints(ctx),
    indexes: await introspectIndexes(ctx),
    triggers: await introspectTriggers(ctx),
    policies: await introspectPolicies(ctx),
  };
}

/**
 * The pg_get_*def functions and format_type qualify a name only when it is not visible on the
 * search_path, so their text depends on it. With only pg_catalog on the path every user object
 * comes out schema-qualified, whatever the caller's setting.
 */
async function withQualifiedNames<T>(session: Session, body: () => Promise<T>): Promise<T> {
  const saved = await session.query<{ path: string }>(`select pg_catalog.current_setting('search_path') as path`);
  const path = saved.rows[0]?.path ?? '';
  await session.query(`select pg_catalog.set_config('search_path', 'pg_catalog', false)`);
  let failed = false;
  try {
    return await body();
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    // After a failure inside an aborted transaction the reset fails too, but ROLLBACK undoes the SET anyway.
    await session.query(`select pg_catalog.set_config('search_path', $1, false)`, [path]).catch((err: unknown) => {
      if (!failed) throw err;
    });
  }
}
