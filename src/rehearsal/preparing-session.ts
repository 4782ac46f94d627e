/**
 * A Session that runs long, repeated, parameterised queries as server-side prepared statements, so
 * PostgreSQL parses and plans them once per session instead of on every call. A rehearsal snapshots the
 * schema hundreds of times with the same large catalog query; in PGlite about 40% of each snapshot was
 * parsing and planning (measured on 300 migrations: 78 ms → 47 ms per snapshot; after five executions
 * PostgreSQL switches to the cached generic plan, https://www.postgresql.org/docs/current/sql-prepare.html).
 * Anything else passes straight through.
 */
import { createHash } from 'node:crypto';
import { DbError, type QueryResult, type Session } from '../db/port.js';

/** Only statements at least this long are worth preparing: planning a short query is cheap. */
const MIN_LENGTH = 2000;
const DUPLICATE_PREPARED_STATEMENT = '42P05';

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

export function preparingSession(inner: Session): Session {
  const names = new Map<string, string | null>();
  const prepare = async (sql: string): Promise<string | null> => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    let name: string | null = `lockstep_q_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    try {
      await inner.exec(`prepare ${name} as ${sql}`);
    } catch (err) {
      // Already prepared on this backend (PGlite sessions share one), fine; anything else: never prepare it.
      if (!(err instanceof DbError && err.sqlState === DUPLICATE_PREPARED_STATEMENT)) name = null;
    }
    names.set(sql, name);
    return name;
  };
  return {
    backendPid: inner.backendPid,
    exec: (sql) => inner.exec(sql),
    release: () => inner.release(),
    async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const args = (params ?? []).map(literal);
      if (sql.length < MIN_LENGTH || args.length === 0 || args.some((a) => a === undefined)) return inner.query<R>(sql, params);
      const name = await prepare(sql);
      return name ? inner.query<R>(`execute ${name}(${args.join(', ')})`) : inner.query<R>(sql, params);
    },
  };
}
