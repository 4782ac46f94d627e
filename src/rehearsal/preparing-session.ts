/**
 * A Session that runs long, repeated queries as server-side prepared statements, so
 * PostgreSQL parses and plans them a few times per session instead of on every call. A rehearsal snapshots
 * the schema hundreds of times with the same large catalog queries; in PGlite about 40% of a full snapshot
 * was parsing and planning (measured on 300 migrations: 78 ms → 47 ms per snapshot; after five executions
 * PostgreSQL switches to the cached generic plan, https://www.postgresql.org/docs/current/sql-prepare.html).
 * Anything else passes straight through.
 */
import { createHash } from 'node:crypto';
import { DbError, type QueryResult, type Session } from '../db/index.js';

/** Only statements at least this long are worth preparing: planning a short query is cheap. */
const MIN_LENGTH = 2000;
const DUPLICATE_PREPARED_STATEMENT = '42P05';
const UNDEFINED_PREPARED_STATEMENT = '26000';

/** A parameter as an SQL literal, or undefined when it is not a simple value (the query then runs as is). */
function literal(v: unknown): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    // An array literal ('{"a","b"}'), coerced to the parameter's declared type (e.g. text[]).
    return literal(`{${v.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
  }
  return undefined;
}

/** A statement prepared on the backend (name null: it could not be, so it runs as is). */
interface Prepared {
  name: string | null;
  runs: number;
  replanAt: number;
}

/**
 * The plan is made from the catalogs' size when the statement is prepared; a shadow's catalogs grow with
 * every migration (and PGlite never vacuums them), so a plan made for an empty schema can cost twice as
 * much as a fresh one 300 migrations later. Preparing again after 16, 32, 64... runs keeps the plan at
 * most one doubling behind, for a handful of extra plannings per statement.
 */
const FIRST_REPLAN = 16;

export function preparingSession(inner: Session): Session {
  const statements = new Map<string, Prepared>();
  const prepareAs = async (name: string, sql: string): Promise<boolean> => {
    try {
      await inner.exec(`prepare ${name} as ${sql}`);
      return true;
    } catch (err) {
      // Already prepared on this backend (PGlite sessions share one), fine; anything else: never prepare it.
      return err instanceof DbError && err.sqlState === DUPLICATE_PREPARED_STATEMENT;
    }
  };
  const statementFor = async (sql: string): Promise<Prepared> => {
    let s = statements.get(sql);
    if (!s) {
      const name = `lockstep_q_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
      s = { name: (await prepareAs(name, sql)) ? name : null, runs: 0, replanAt: FIRST_REPLAN };
      statements.set(sql, s);
    } else if (s.name && s.runs >= s.replanAt) {
      s.replanAt *= 2;
      await inner.exec(`deallocate ${s.name}`).catch(() => undefined);
      if (!(await prepareAs(s.name, sql))) s.name = null;
    }
    s.runs++;
    return s;
  };
  return {
    backendPid: inner.backendPid,
    exec: (sql) => inner.exec(sql),
    release: () => inner.release(),
    async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const args = (params ?? []).map(literal);
      if (sql.length < MIN_LENGTH || args.some((a) => a === undefined)) return inner.query<R>(sql, params);
      const s = await statementFor(sql);
      if (!s.name) return inner.query<R>(sql, params);
      const execute = `execute ${s.name}${args.length ? `(${args.join(', ')})` : ''}`;
      try {
        return await inner.query<R>(execute);
      } catch (err) {
        // Another wrapper on the same PGlite backend deallocated it to prepare it again: prepare it here.
        if (!(err instanceof DbError && err.sqlState === UNDEFINED_PREPARED_STATEMENT && (await prepareAs(s.name, sql)))) throw err;
        return inner.query<R>(execute);
      }
    },
  };
}
