import { LockstepError } from '../../core/errors.js';
import type { BackfillSpec } from '../../core/types.js';
import type { Session } from '../../db/index.js';

/** The table and key a backfill walks, resolved and quoted by the server. */
export interface BackfillTarget {
  /** `"schema"."table"`, quoted. */
  readonly table: string;
  /** The key column, quoted. */
  readonly key: string;
  /** Whether the key is a number, so progress can be measured over its range. */
  readonly numericKey: boolean;
}

const NUMERIC_TYPES = new Set(['smallint', 'integer', 'bigint', 'numeric']);

/**
 * Keyset pagination (`key > last ORDER BY key LIMIT n`) visits every row exactly once only if the key is
 * unique and not null: with duplicates, rows sharing the boundary value would be skipped. So the key must be
 * the primary key or carry a single-column unique index, and be NOT NULL.
 */
export async function resolveTarget(session: Session, spec: BackfillSpec): Promise<BackfillTarget> {
  const rel = await session.query<{ oid: number; qualified: string }>(
    `select c.oid::int as oid, format('%I.%I', n.nspname, c.relname) as qualified
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.oid = to_regclass($1) and c.relkind in ('r', 'p')`,
    [spec.table],
  );
  const table = rel.rows[0];
  if (!table) {
    throw new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `backfill: table ${spec.table} does not exist`, {
      hint: 'Create the table (or the column) in an earlier migration, and check the name and search_path.',
    });
  }
  const keys = await session.query<{ name: string; quoted: string; type: string; notnull: boolean; primary: boolean }>(
    `select a.attname as name, quote_ident(a.attname) as quoted, format_type(a.atttypid, null) as type, a.attnotnull as notnull, i.indisprimary as primary
       from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
      where i.indrelid = $1 and i.indisunique and i.indisvalid and i.indnkeyatts = 1 and i.indpred is null and i.indexprs is null
      order by i.indisprimary desc`,
    [table.oid],
  );
  const wanted = spec.key === undefined ? undefined : unquote(spec.key);
  const key = wanted === undefined ? keys.rows.find((k) => k.primary) : keys.rows.find((k) => k.name === wanted);
  if (!key || !key.notnull) {
    throw new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', wanted === undefined
      ? `backfill: ${table.qualified} has no single-column primary key to walk in order`
      : `backfill: ${table.qualified}.${wanted} is not a NOT NULL column with a unique index of its own`, {
      hint: 'Name a unique, NOT NULL column with key=<column> (a composite or missing key cannot be paged without skipping rows).',
    });
  }
  return { table: table.qualified, key: key.quoted, numericKey: NUMERIC_TYPES.has(key.type) };
}

function unquote(name: string): string {
  const t = name.trim();
  return t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t.toLowerCase();
}
