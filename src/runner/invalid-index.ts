import { LockstepError } from '../core/errors.js';
import type { Session } from '../db/index.js';
import { indexStatementOn, indexTarget, type ParsedStatement } from '../sql/index.js';
import type { RunEventSink } from '../core/events.js';
import { inTransaction } from '../db/index.js';

type Obj = Record<string, unknown>;

/**
 * Where a named CREATE INDEX CONCURRENTLY stands in the catalog before it is (re)run:
 * - `absent`: no index of that name; build it;
 * - `invalid`: an earlier build failed or was stopped and left it INVALID (still updated by writes, never used by
 *   reads); a later CREATE INDEX CONCURRENTLY IF NOT EXISTS would "succeed" without building anything
 *   (https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY): drop and rebuild;
 * - `built`: valid, on the same table, with the definition this statement creates: an earlier build finished on
 *   the server after its client was gone (a killed deploy): the step is done;
 * - `different`: valid, but not what this statement creates.
 */
export type IndexBuildState =
  | { readonly state: 'absent' | 'not-a-build' }
  | { readonly state: 'invalid' | 'built'; readonly qualified: string }
  | { readonly state: 'different'; readonly qualified: string; readonly existing: string; readonly expected: string };

interface Found { readonly oid: number; readonly name: string; readonly qualified: string; readonly table: string; readonly valid: boolean; readonly def: string; readonly sameTable: boolean }

async function findIndex(session: Session, stmt: ParsedStatement): Promise<Found | undefined> {
  const t = indexTarget(stmt);
  if (!t?.concurrent) return undefined;
  const res = await session.query<Found>(
    `select c.oid::int as oid, quote_ident(c.relname) as name, format('%I.%I', n.nspname, c.relname) as qualified, i.indrelid::regclass::text as "table", i.indisvalid as valid, pg_get_indexdef(c.oid) as def,
            i.indrelid = to_regclass(case when $2::text is null then quote_ident($3) else quote_ident($2) || '.' || quote_ident($3) end) as "sameTable"
       from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_index i on i.indexrelid = c.oid
      where c.relname = $1 and (($2::text is null and n.nspname = any (current_schemas(false))) or n.nspname = $2)
      order by array_position(current_schemas(false), n.nspname::name) nulls last limit 1`,
    [t.name, t.schema, t.table],
  );
  return res.rows[0];
}

/** What the server shows for an index from `def` on: its kind (UNIQUE or not) and everything after the table. */
function shape(def: string): string {
  const using = def.indexOf(' USING ');
  return `${def.startsWith('CREATE UNIQUE INDEX') ? 'unique' : 'plain'}${using < 0 ? def : def.slice(using)}`;
}

/**
 * The definition the statement would create, from the server itself: the same statement on an empty temporary copy
 * of the table (LIKE copies columns and types, so expressions print alike), inside a transaction rolled back at once.
 */
async function expectedDef(session: Session, stmt: ParsedStatement, indexOid: number): Promise<string | undefined> {
  const probe = indexStatementOn(stmt, 'pg_temp.lockstep_index_probe', 'lockstep_index_probe_idx');
  if (!probe) return undefined;
  try {
    return await inTransaction(session, async () => {
      const table = await session.query<{ t: string }>('select indrelid::regclass::text as t from pg_index where indexrelid = $1', [indexOid]);
      await session.exec(`create temporary table lockstep_index_probe (like ${table.rows[0]?.t ?? 'missing'})`);
      await session.exec(probe);
      const res = await session.query<{ def: string }>("select pg_get_indexdef('pg_temp.lockstep_index_probe_idx'::regclass) as def");
      throw new ProbeDone(res.rows[0]?.def ?? '');
    });
  } catch (err) {
    if (err instanceof ProbeDone) return err.def;
    throw err;
  }
}

/** Ends the probe's transaction with a ROLLBACK while carrying its answer out. */
class ProbeDone extends Error {
  constructor(readonly def: string) {
    super('probe done');
  }
}

export async function indexBuildState(session: Session, stmt: ParsedStatement): Promise<IndexBuildState> {
  if (!indexTarget(stmt)?.concurrent) return { state: 'not-a-build' };
  const found = await findIndex(session, stmt);
  if (!found) return { state: 'absent' };
  if (!found.valid) return { state: 'invalid', qualified: found.qualified };
  const probed = found.sameTable ? await expectedDef(session, stmt, found.oid) : undefined;
  if (probed !== undefined && shape(probed) === shape(found.def)) return { state: 'built', qualified: found.qualified };
  // Shown with the real names: what the server would have created from the statement.
  const expected = probed?.replace(/ INDEX lockstep_index_probe_idx ON \S+ USING /, ` INDEX ${found.name} ON ${found.table} USING `);
  return { state: 'different', qualified: found.qualified, existing: found.def, expected: expected ?? stmt.sql };
}

/**
 * Before (re)running a concurrent index build: 'done' when the catalog shows it finished (the caller records the
 * step), else 'run', after dropping an INVALID leftover (index or REINDEX's _ccnew/_ccold copies).
 */
export async function prepareConcurrentBuild(session: Session, stmt: ParsedStatement, onEvent: RunEventSink): Promise<'run' | 'done'> {
  if (stmt.kind === 'ReindexStmt') {
    await dropReindexLeftovers(session, stmt, onEvent);
    return 'run';
  }
  const at = await indexBuildState(session, stmt);
  switch (at.state) {
    case 'built':
      onEvent({ type: 'notice', message: `index ${at.qualified} is already built and valid with this definition (an earlier run's build finished after its client had gone): recorded as done` });
      return 'done';
    case 'invalid':
      onEvent({ type: 'notice', message: `dropping INVALID index ${at.qualified} left by an earlier failed concurrent build` });
      await session.exec(`drop index concurrently if exists ${at.qualified}`);
      return 'run';
    case 'different':
      if (((stmt.node as Obj).IndexStmt as Obj).if_not_exists === true) return 'run'; // the statement itself says to keep what is there
      throw new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `index ${at.qualified} already exists with another definition: ${at.existing}; the statement creates ${at.expected}`, {
        hint: `Drop the existing index (DROP INDEX CONCURRENTLY ${at.qualified}) or rename the one in the migration, then run \`lockstep up\`.`,
        details: { existing: at.existing, expected: at.expected },
      });
    default:
      return 'run';
  }
}

/**
 * A stopped REINDEX CONCURRENTLY leaves INVALID copies named <index>_ccnew[N] (and _ccold[N])
 * (https://www.postgresql.org/docs/current/sql-reindex.html#SQL-REINDEX-CONCURRENTLY); drop them before it runs again.
 */
async function dropReindexLeftovers(session: Session, stmt: ParsedStatement, onEvent: RunEventSink): Promise<void> {
  const b = ((stmt.node as Obj).ReindexStmt ?? {}) as Obj;
  const rel = (b.relation ?? {}) as Obj;
  if (typeof rel.relname !== 'string') return;
  const name = typeof rel.schemaname === 'string' ? `${rel.schemaname}.${rel.relname}` : rel.relname;
  const res = await session.query<{ qualified: string }>(
    `select format('%I.%I', n.nspname, c.relname) as qualified
       from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
      where not i.indisvalid and c.relname ~ '_cc(new|old)[0-9]*$'
        and i.indrelid = coalesce((select indrelid from pg_index where indexrelid = to_regclass($1)), to_regclass($1))`,
    [name],
  );
  for (const row of res.rows) {
    onEvent({ type: 'notice', message: `dropping INVALID index ${row.qualified} left by an earlier stopped REINDEX CONCURRENTLY` });
    await session.exec(`drop index concurrently if exists ${row.qualified}`);
  }
}
