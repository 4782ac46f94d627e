/**
 * Finds other tools' history tables in the target: every tool's default table name, in every schema (a tool may
 * have been pointed at any schema), told apart by their columns (golang-migrate's and dbmate's are both
 * `schema_migrations`). A table of another name with exactly a tool's columns is that tool's table renamed by its
 * setting (openmeter keeps golang-migrate's in `schema_om`): found too, marked `byShape`, and only counted once its
 * rows name the project's migrations. `--table` names one table of any name; `--tool` says whose it is.
 */
import { LockstepError } from '../core/errors.js';
import type { Session } from '../db/index.js';
import { defaultNames, fitsColumns, fitsShape, type ToolAdapter } from './tool-adapter.js';
import { TOOL_ADAPTERS } from './tools/index.js';
import type { ForeignTool, HistoryTable } from './types.js';

export interface FindOptions {
  /** Whose history to take over, when the database holds several or the table has a name of its own. */
  readonly tool?: ForeignTool | undefined;
  /** `schema.table` or `table`: the history table, when it does not have its tool's default name. */
  readonly table?: string | undefined;
  /** Lockstep's own history schema, never searched. */
  readonly historySchema: string;
}

interface CatalogTable {
  readonly schema: string;
  readonly table: string;
  readonly columns: string[];
}

/** Tables with one of these names (null: every table of at most `maxColumns` columns), with their columns. */
async function catalogTables(session: Session, names: readonly string[] | null, schema: string | undefined, historySchema: string, maxColumns = 1600): Promise<CatalogTable[]> {
  const res = await session.query<CatalogTable>(
    `select n.nspname as schema, c.relname as table, array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.relkind in ('r', 'p') and ($1::text[] is null or c.relname = any($1::text[]))
        and ($2::text is null or n.nspname = $2) and n.nspname <> $3
        and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
      group by n.nspname, c.relname
     having count(*) <= $4
      order by n.nspname, c.relname`,
    [names, schema ?? null, historySchema, maxColumns],
  );
  return res.rows;
}

/** The tools whose table this can be, the most specific (most required columns) first. */
function toolsFitting(t: CatalogTable, adapters: readonly ToolAdapter[]): ToolAdapter[] {
  return adapters.filter((a) => fitsColumns(a, t.columns)).sort((a, b) => b.columns.length - a.columns.length);
}

/**
 * Every table in the target that has a tool's default name (or an earlier version's) and that tool's columns; then
 * every table of another name with exactly a tool's columns (`byShape`: the caller checks its rows).
 */
export async function findHistoryTables(session: Session, historySchema: string, tool?: ForeignTool): Promise<HistoryTable[]> {
  const adapters = TOOL_ADAPTERS.filter((a) => tool === undefined || a.tool === tool);
  const names = [...new Set(adapters.flatMap(defaultNames))];
  const byName = (await catalogTables(session, names, undefined, historySchema)).flatMap((t) => adapters
    .filter((a) => defaultNames(a).includes(t.table) && fitsColumns(a, t.columns))
    .map((a) => ({ tool: a.tool, schema: t.schema, table: t.table })));
  const widest = Math.max(0, ...adapters.map((a) => a.shape?.length ?? 0));
  const byShape = widest === 0 ? [] : (await catalogTables(session, null, undefined, historySchema, widest))
    .filter((t) => !names.includes(t.table))
    .flatMap((t) => adapters.filter((a) => fitsShape(a, t.columns)).map((a) => ({ tool: a.tool, schema: t.schema, table: t.table, byShape: true })));
  return [...byName, ...byShape];
}

function splitTableName(name: string): { schema?: string; table: string } {
  const dot = name.indexOf('.');
  return dot < 0 ? { table: name } : { schema: name.slice(0, dot), table: name.slice(dot + 1) };
}

const describe = (t: HistoryTable): string => `${t.tool} (${t.schema}.${t.table})`;

/** The table named by `--table`, and whose it is (`--tool`, else its columns). */
async function namedTable(session: Session, opts: FindOptions & { table: string }): Promise<HistoryTable[]> {
  const { schema, table } = splitTableName(opts.table);
  const found = await catalogTables(session, [table], schema, opts.historySchema);
  const adapters = TOOL_ADAPTERS.filter((a) => opts.tool === undefined || a.tool === opts.tool);
  return found.flatMap((t) => {
    const fitting = toolsFitting(t, adapters);
    const best = fitting.filter((a) => a.columns.length === fitting[0]?.columns.length);
    if (fitting.length === 0) {
      throw new LockstepError('LOCKSTEP_E_ADOPT_NOT_FOUND', `${t.schema}.${t.table} is not ${opts.tool ? `a ${opts.tool}` : 'a known tool\'s'} history table (its columns: ${t.columns.join(', ')})`, {
        hint: 'Check --table (schema.table) and --tool; docs/adopt.md lists the columns each tool\'s table has.',
      });
    }
    return best.map((a) => ({ tool: a.tool, schema: t.schema, table: t.table }));
  });
}

/** A table under its tool's default name wins over tables found by their columns alone. */
function preferDefaultNames(found: readonly HistoryTable[]): readonly HistoryTable[] {
  const named = found.filter((t) => !t.byShape);
  return named.length > 0 ? named : found;
}

/** The one history table to take over, or a coded error: none found, or several and nothing says which. */
export async function chooseHistoryTable(session: Session, opts: FindOptions): Promise<HistoryTable> {
  const found = opts.table === undefined
    ? preferDefaultNames(await findHistoryTables(session, opts.historySchema, opts.tool))
    : await namedTable(session, { ...opts, table: opts.table });
  const [only] = found;
  if (only && found.length === 1) return only;
  if (found.length === 0) {
    const searched = opts.table ?? TOOL_ADAPTERS.filter((a) => !opts.tool || a.tool === opts.tool).map((a) => `${a.tool}: ${defaultNames(a).join(' or ')}`).join(', ');
    throw new LockstepError('LOCKSTEP_E_ADOPT_NOT_FOUND', `no other tool's migration history found in the target (looked for ${searched})`, {
      hint: 'Point --url at the database the other tool migrated. If its history table has a name of its own, give it with --table schema.table (and --tool).',
    });
  }
  throw new LockstepError('LOCKSTEP_E_ADOPT_AMBIGUOUS', `the target holds ${found.length} migration histories: ${found.map(describe).join(', ')}`, {
    hint: `Say which to take over with --tool${found.some((t) => found.filter((u) => u.tool === t.tool).length > 1) ? ' and --table schema.table' : ''}.`,
    details: { tables: found },
  });
}
