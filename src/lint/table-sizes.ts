/**
 * What the lint reads of the target: table sizes for size-aware findings (from schema's lock-free catalog read),
 * column types, indexes, referencing foreign keys and the server's settings.
 */
import type { Session } from '../db/index.js';
import type { TableSize } from './types.js';
import { DEFAULT_SCHEMA, catalogType, copyColumnTypes, type MutableColumnTypes } from '../locks/index.js';
import { quoteQualified, readRelationSizes, type RelationSize } from '../schema/index.js';

export { quoteQualified };

/**
 * Sizes of the named relations, keyed by the name as given, as the lint judges them: rows from reltuples, -1
 * (unknown) for a table never analyzed (some leaf of a partitioned one), whose bytes still count. Relations that do
 * not exist are absent. Reads the catalog only, so a table another session holds locked does not make it wait.
 */
export async function readTableSizes(session: Session, relations: readonly string[]): Promise<Map<string, TableSize>> {
  const sizes = await readRelationSizes(session, { names: relations });
  return new Map([...sizes].map(([name, size]) => [name, tableSize(size)]));
}

/** A relation's size as the lint's TableSize. */
export function tableSize(size: RelationSize): TableSize {
  return {
    rows: size.rowsSource === 'reltuples' && size.rows !== null ? size.rows : -1,
    bytes: size.bytes ?? 0,
    ...(size.live !== null ? { liveRows: size.live } : {}),
    ...(size.partitioned ? { partitioned: true } : {}),
  };
}

/** The TimeZone a new session of the connected server starts with (e.g. "UTC", "Europe/Paris"). */
export async function readServerTimeZone(session: Session): Promise<string> {
  const res = await session.query<{ tz: string }>("SELECT current_setting('TimeZone') AS tz");
  return res.rows[0]?.tz ?? 'UTC';
}

/** What the lint reads of the connected server's settings, in one round trip (lint/target-facts.ts). */
export interface ServerSettings {
  /** server_version_num, e.g. 150004. */
  readonly version: number;
  /** current_schema(): where a name written without a schema lives. */
  readonly currentSchema: string;
  /** The TimeZone a new session starts with. */
  readonly timeZone: string;
  /** The schemas that exist on the database. */
  readonly schemas: ReadonlySet<string>;
}

export async function readServerSettings(session: Session): Promise<ServerSettings> {
  const res = await session.query<{ v: string; s: string | null; tz: string; schemas: string[] }>(
    "SELECT current_setting('server_version_num') AS v, current_schema() AS s, current_setting('TimeZone') AS tz, array(SELECT nspname::text FROM pg_namespace) AS schemas",
  );
  const row = res.rows[0];
  return { version: Number(row?.v ?? 0), currentSchema: row?.s ?? DEFAULT_SCHEMA, timeZone: row?.tz ?? 'UTC', schemas: new Set(row?.schemas ?? []) };
}

/** server_version_num of the connected server, e.g. 150004. */
export async function readServerVersion(session: Session): Promise<number> {
  const res = await session.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  return Number(res.rows[0]?.v ?? 0);
}

/**
 * Current column types of the named tables (a type outside pg_catalog — an enum, a domain, an extension's — with its
 * schema, so that it is never taken for a built-in one), keyed by schema-qualified table name,
 * with the session's current_schema() as the schema of names written without one: what ALTER COLUMN ... TYPE is
 * judged from (see src/locks/column-types.ts).
 */
export async function readColumnTypes(session: Session, relations: readonly string[], currentSchema?: string): Promise<MutableColumnTypes> {
  const names = [...new Set(relations)].filter((r) => r !== '' && r !== '?');
  const defaultSchema = currentSchema ?? (await session.query<{ s: string | null }>('SELECT current_schema() AS s')).rows[0]?.s ?? DEFAULT_SCHEMA;
  const out = copyColumnTypes({ defaultSchema, tables: new Map() });
  if (names.length === 0) return out;
  const res = await session.query<{ table: string; column: string; typname: string; typschema: string | null; typmod: number; array: boolean }>(
    `SELECT DISTINCT ns.nspname || '.' || c.relname AS "table", a.attname AS "column", coalesce(e.typname, t.typname) AS typname,
            nullif(tns.nspname, 'pg_catalog') AS typschema, a.atttypmod AS typmod, e.oid IS NOT NULL AS "array"
       FROM unnest($1::text[]) AS n(qualified)
       JOIN pg_class c ON c.oid = to_regclass(n.qualified)
       JOIN pg_namespace ns ON ns.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
       JOIN pg_namespace tns ON tns.oid = coalesce(e.typnamespace, t.typnamespace)`,
    [names.map(quoteQualified)],
  );
  for (const row of res.rows) {
    const type = catalogType(row.typname, Number(row.typmod), row.array, row.typschema ?? undefined);
    let columns = out.tables.get(row.table);
    if (!columns) out.tables.set(row.table, (columns = new Map()));
    columns.set(row.column, type);
  }
  return out;
}

/** Key columns of the existing indexes on the named tables ("" for an expression), keyed by the name as given. */
export async function readIndexes(session: Session, relations: readonly string[]): Promise<Array<{ table: string; columns: string[] }>> {
  const names = [...new Set(relations)].filter((r) => r !== '' && r !== '?');
  if (names.length === 0) return [];
  const res = await session.query<{ name: string; columns: string[] }>(
    `SELECT n.name,
            array(SELECT coalesce(a.attname::text, '') FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                    LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                   ORDER BY k.ord) AS columns
       FROM unnest($1::text[], $2::text[]) AS n(name, qualified)
       JOIN pg_index i ON i.indrelid = to_regclass(n.qualified)`,
    [names, names.map(quoteQualified)],
  );
  return res.rows.map((r) => ({ table: r.name, columns: r.columns }));
}

/**
 * The named tables that a foreign key of another table references (as named), with the referencing tables,
 * schema-qualified: see LintOptions.referencedBy.
 */
export async function readReferencedBy(session: Session, relations: readonly string[]): Promise<Map<string, string[]>> {
  const names = [...new Set(relations)].filter((r) => r !== '' && r !== '?');
  const out = new Map<string, string[]>();
  if (names.length === 0) return out;
  const res = await session.query<{ name: string; referencing: string[] }>(
    `SELECT n.name, array_agg(DISTINCT rns.nspname || '.' || rc.relname) AS referencing
       FROM unnest($1::text[], $2::text[]) AS n(name, qualified)
       JOIN pg_constraint k ON k.contype = 'f' AND k.confrelid = to_regclass(n.qualified) AND k.conrelid <> k.confrelid
       JOIN pg_class rc ON rc.oid = k.conrelid
       JOIN pg_namespace rns ON rns.oid = rc.relnamespace
      GROUP BY n.name`,
    [names, names.map(quoteQualified)],
  );
  for (const r of res.rows) out.set(r.name, r.referencing);
  return out;
}
