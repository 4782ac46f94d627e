import type { Session } from '../db/index.js';
import { columnsQuery } from './introspect/columns.js';
import { compositeTypesQuery } from './introspect/composite-types.js';
import { constraintsQuery } from './introspect/constraints.js';
import type { CatalogQuery, IntrospectContext } from './introspect/context.js';
import { domainsQuery } from './introspect/domains.js';
import { enumsQuery } from './introspect/enums.js';
import { extensionsQuery } from './introspect/extensions.js';
import { functionsQuery } from './introspect/functions.js';
import { indexesQuery } from './introspect/indexes.js';
import { policiesQuery } from './introspect/policies.js';
import { runCatalogQueries, type ResultOf } from './introspect/run-catalog-queries.js';
import { schemasQuery } from './introspect/schemas.js';
import { sequencesQuery } from './introspect/sequences.js';
import { tablesQuery, withColumns } from './introspect/tables.js';
import { triggersQuery } from './introspect/triggers.js';
import { viewsQuery } from './introspect/views.js';
import type { SchemaSnapshot, SnapshotOptions } from './types.js';

/** Lockstep's own history schema, left out of snapshots unless excludeSchemas says otherwise. */
export const DEFAULT_EXCLUDED_SCHEMAS: readonly string[] = ['lockstep'];

export const SNAPSHOT_QUERIES = {
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

export type SnapshotQueries = typeof SNAPSHOT_QUERIES;
export type SnapshotKind = keyof SnapshotQueries;
export type Collected = { readonly [K in SnapshotKind]: ResultOf<SnapshotQueries[K]> };

export const SNAPSHOT_KINDS = Object.keys(SNAPSHOT_QUERIES) as SnapshotKind[];

/** One kind's field of the snapshot from all of its entries (which runCatalogQueries made for that kind). */
export function collectKind(kind: SnapshotKind, entries: readonly unknown[]): unknown {
  // Each key's entries come from the same key's query; TypeScript cannot follow the key through both lookups.
  return (SNAPSHOT_QUERIES[kind] as CatalogQuery<unknown, unknown>).collect(entries);
}

/** Every kind collected: `entriesOf(kind)` gives its entries; `reuse` may supply kinds that did not change. */
export function collectAll(entriesOf: (kind: SnapshotKind) => readonly unknown[], reuse?: (kind: SnapshotKind) => unknown): Collected {
  const out: Partial<Record<SnapshotKind, unknown>> = {};
  for (const kind of SNAPSHOT_KINDS) out[kind] = reuse?.(kind) ?? collectKind(kind, entriesOf(kind));
  return out as Collected;
}

export function assembleSnapshot(c: Collected): SchemaSnapshot {
  return {
    schemas: c.schemas,
    extensions: c.extensions,
    tables: withColumns(c.tables, c.columns),
    views: c.views,
    sequences: c.sequences,
    functions: c.functions,
    enums: c.enums,
    domains: c.domains,
    compositeTypes: c.compositeTypes,
    constraints: c.constraints,
    indexes: c.indexes,
    triggers: c.triggers,
    policies: c.policies,
  };
}

export function introspectContext(options: SnapshotOptions, serverVersion: number): IntrospectContext {
  return { excludeSchemas: options.excludeSchemas ?? DEFAULT_EXCLUDED_SCHEMAS, serverVersion, lockFree: options.lockFree === true };
}

/**
 * Reads the user-defined schema of the database behind `session` from the system catalogs.
 * Read-only; the session's search_path is changed for the duration and restored. For repeated
 * snapshots of a database that only this session changes, see createSnapshotter.
 */
export async function snapshotSchema(session: Session, options: SnapshotOptions = {}): Promise<SchemaSnapshot> {
  const settings = await session.query<{ version: string; path: string }>(
    `select pg_catalog.current_setting('server_version_num') as version, pg_catalog.current_setting('search_path') as path`,
  );
  const ctx = introspectContext(options, Number(settings.rows[0]?.version ?? 0));
  const path = settings.rows[0]?.path ?? '';
  const { results } = await withSearchPath(session, path, () => runCatalogQueries(session, ctx, SNAPSHOT_QUERIES));
  return assembleSnapshot(collectAll((kind) => results[kind].map((o) => o.entry)));
}

/**
 * The pg_get_*def functions and format_type qualify a name only when it is not visible on the
 * search_path, so their text depends on it. With only pg_catalog on the path every user object
 * comes out schema-qualified, whatever the caller's setting; `saved` is put back afterwards.
 */
export async function withSearchPath<T>(session: Session, saved: string, body: () => Promise<T>): Promise<T> {
  return withSettings(session, { search_path: 'pg_catalog' }, { search_path: saved }, body);
}

/** Runs `body` with session settings changed (set_config), then puts the `previous` values back. */
export async function withSettings<T>(
  session: Session,
  settings: Readonly<Record<string, string>>,
  previous: Readonly<Record<string, string>>,
  body: () => Promise<T>,
): Promise<T> {
  const apply = (values: Readonly<Record<string, string>>): Promise<unknown> => {
    const names = Object.keys(settings);
    const calls = names.map((name, i) => `pg_catalog.set_config('${name}', $${i + 1}, false)`);
    return session.query(`select ${calls.join(', ')}`, names.map((name) => values[name] ?? ''));
  };
  await apply(settings);
  let failed = false;
  try {
    return await body();
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    // After a failure inside an aborted transaction the reset fails too, but ROLLBACK undoes the SET anyway.
    await apply(previous).catch((err: unknown) => {
      if (!failed) throw err;
    });
  }
}
