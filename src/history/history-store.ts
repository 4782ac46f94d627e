import type { Session } from '../db/index.js';
import type { Layout } from '../core/types.js';
import { historyDdl } from './schema-sql.js';
import type { Actor, HistoryEvent, HistoryRow, HistoryStatus, NewEvent } from './types.js';

/** Quotes an identifier for SQL ("my schema" → "\"my schema\""). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A value as an SQL literal, for a statement sent in a script rather than with parameters. Strings go as E'…' with
 * backslashes doubled, which reads the same whatever standard_conforming_strings says
 * (https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-STRINGS-ESCAPE).
 */
export function quoteLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Above this many characters of up and down SQL, writeWithEventThen sends the row with parameters instead of inlined. */
const INLINE_MAX_CHARS = 256 * 1024;

/** `sql` with its $n parameters replaced by the literals of `params`. */
function inlined(sql: string, params: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => quoteLiteral(params[Number(n) - 1]));
}

export interface RowWrite {
  readonly version: string;
  readonly name: string;
  readonly layout: Layout;
  readonly checksum: string;
  readonly status: HistoryStatus;
  readonly executionMs: number | null;
  readonly batch: number | null;
  readonly upSql: string | null;
  readonly downSql: string | null;
  readonly statementsDone: number;
  readonly statementsTotal: number;
  readonly lastError: string | null;
  /** When it was applied, if not now (a migration another tool applied, taken over by `lockstep adopt`). */
  readonly appliedAt?: Date | null | undefined;
}

const ROW_COLUMNS = `version, name, layout, checksum, status, applied_at as "appliedAt", execution_ms as "executionMs",
  db_user as "dbUser", os_user as "osUser", host, environment, lockstep_version as "lockstepVersion", batch,
  up_sql as "upSql", down_sql as "downSql", statements_done as "statementsDone", statements_total as "statementsTotal",
  last_error as "lastError", rolled_back_at as "rolledBackAt"`;

const EVENT_COLUMNS = `id::int as id, at, kind, version, name, db_user as "dbUser", os_user as "osUser", host, environment,
  duration_ms as "durationMs", error, ci_commit as "ciCommit", ci_run_url as "ciRunUrl", details`;

/** The history tables in the target database: one row per migration and an append-only event log. */
export class HistoryStore {
  readonly schema: string;
  private readonly q: string;

  constructor(schema: string, private readonly actor: Actor) {
    this.schema = schema;
    this.q = quoteIdent(schema);
  }

  /** A table of the history schema, quoted: qualified('migrations') → "lockstep".migrations. */
  qualified(table: 'migrations' | 'events'): string {
    return `${this.q}.${table}`;
  }

  /** Creates the schema and tables if missing. Call only while holding the run lock (DDL races otherwise). */
  async ensure(session: Session): Promise<void> {
    await session.exec(historyDdl(this.q));
  }

  async exists(session: Session): Promise<boolean> {
    const res = await session.query<{ ok: boolean }>('select to_regclass($1) is not null as ok', [`${this.q}.migrations`]);
    return res.rows[0]?.ok === true;
  }

  async rows(session: Session): Promise<HistoryRow[]> {
    if (!(await this.exists(session))) return [];
    const res = await session.query<HistoryRow>(`select ${ROW_COLUMNS} from ${this.q}.migrations`);
    return res.rows;
  }

  async nextBatch(session: Session): Promise<number> {
    const res = await session.query<{ n: number }>(`select coalesce(max(batch), 0)::int + 1 as n from ${this.q}.migrations`);
    return res.rows[0]?.n ?? 1;
  }

  /** Inserts or replaces the row of one migration, stamping who/where/when. */
  async write(session: Session, row: RowWrite): Promise<void> {
    await session.query(this.upsertSql(), this.upsertParams(row));
  }

  /**
   * The row and its event in one statement (one round trip): on the hot path of `up`, where a thousand
   * small migrations would otherwise pay two extra round trips each.
   */
  async writeWithEvent(session: Session, row: RowWrite, e: NewEvent): Promise<void> {
    const rowParams = this.upsertParams(row);
    await session.query(this.rowWithEventSql(rowParams.length), [...rowParams, ...this.eventParams(e)]);
  }

  /**
   * writeWithEvent's statement with its values inlined, followed by `then` (COMMIT, say) in the same script: the
   * runner sends a transactional migration's history row and its COMMIT in one round trip. A row whose SQL is long
   * goes with parameters instead, and `then` after it (only if it succeeds): inlined, a 50 MB up_sql was copied four
   * times over (escaped, quoted, spliced into the statement, joined to `then`), and the extra round trip is nothing
   * beside sending 50 MB. `before` (statements of the same transaction) goes first, in the same message.
   */
  async writeWithEventThen(session: Session, row: RowWrite, e: NewEvent, then: string, before = ''): Promise<void> {
    if ((row.upSql?.length ?? 0) + (row.downSql?.length ?? 0) > INLINE_MAX_CHARS) {
      if (before) await session.exec(before);
      await this.writeWithEvent(session, row, e);
      await session.exec(then);
      return;
    }
    const rowParams = this.upsertParams(row);
    await session.exec(`${before ? `${before}\n` : ''}${inlined(this.rowWithEventSql(rowParams.length), [...rowParams, ...this.eventParams(e)])};\n${then}`);
  }

  private rowWithEventSql(offset: number): string {
    return `with written as (${this.upsertSql()} returning 1) ${this.eventSql(offset, 'select', 'from written')}`;
  }

  private upsertSql(): string {
    return `insert into ${this.q}.migrations (version, name, layout, checksum, status, applied_at, execution_ms, db_user, os_user,
         host, environment, lockstep_version, batch, up_sql, down_sql, statements_done, statements_total, last_error, rolled_back_at)
       values ($1, $2, $3, $4, $5, coalesce($17::timestamptz, now()), $6, current_user, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, null)
       on conflict (version) do update set name = excluded.name, layout = excluded.layout, checksum = excluded.checksum,
         status = excluded.status, applied_at = excluded.applied_at, execution_ms = excluded.execution_ms,
         db_user = excluded.db_user, os_user = excluded.os_user, host = excluded.host, environment = excluded.environment,
         lockstep_version = excluded.lockstep_version, batch = excluded.batch, up_sql = excluded.up_sql,
         down_sql = excluded.down_sql, statements_done = excluded.statements_done,
         statements_total = excluded.statements_total, last_error = excluded.last_error, rolled_back_at = null`;
  }

  private upsertParams(row: RowWrite): unknown[] {
    const a = this.actor;
    return [row.version, row.name, row.layout, row.checksum, row.status, row.executionMs, a.osUser, a.host, a.environment,
      a.lockstepVersion, row.batch, row.upSql, row.downSql, row.statementsDone, row.statementsTotal, row.lastError, row.appliedAt ?? null];
  }

  /** INSERT INTO events …, its parameters numbered from $offset+1, as VALUES or as SELECT … <tail>. */
  private eventSql(offset: number, form: 'values' | 'select', tail = ''): string {
    const p = (n: number): string => `$${offset + n}`;
    // Typed, so that a value inlined as a literal (writeWithEventThen) is not taken for text in the SELECT form.
    const list = `${p(1)}::text, ${p(2)}::text, ${p(3)}::text, current_user, ${p(4)}::text, ${p(5)}::text, ${p(6)}::text, ${p(7)}::text, ${p(8)}::int, ${p(9)}::text, ${p(10)}::text, ${p(11)}::text, ${p(12)}::jsonb`;
    return `insert into ${this.q}.events (kind, version, name, db_user, os_user, host, environment, lockstep_version,
         duration_ms, error, ci_commit, ci_run_url, details) ${form === 'values' ? `values (${list})` : `select ${list} ${tail}`}`;
  }

  private eventParams(e: NewEvent): unknown[] {
    const a = this.actor;
    return [e.kind, e.version ?? null, e.name ?? null, a.osUser, a.host, a.environment, a.lockstepVersion,
      e.durationMs ?? null, e.error ?? null, a.ciCommit, a.ciRunUrl, JSON.stringify(e.details ?? {})];
  }

  /** Per-statement progress of a non-transactional migration. */
  async progress(session: Session, version: string, done: number, lastError: string | null): Promise<void> {
    await session.query(
      `update ${this.q}.migrations set statements_done = $2, last_error = $3 where version = $1`,
      [version, done, lastError],
    );
  }

  async markRolledBack(session: Session, version: string): Promise<void> {
    await session.query(
      `update ${this.q}.migrations set status = 'rolled_back', rolled_back_at = now(), statements_done = 0, last_error = null
       where version = $1`,
      [version],
    );
  }

  async acceptChecksum(session: Session, version: string, checksum: string): Promise<void> {
    await session.query(`update ${this.q}.migrations set checksum = $2 where version = $1`, [version, checksum]);
  }

  async event(session: Session, e: NewEvent): Promise<void> {
    await session.query(this.eventSql(0, 'values'), this.eventParams(e));
  }

  async events(session: Session, options: { version?: string; limit?: number } = {}): Promise<HistoryEvent[]> {
    if (!(await this.exists(session))) return [];
    const res = await session.query<HistoryEvent>(
      `select ${EVENT_COLUMNS} from ${this.q}.events where ($1::text is null or version = $1) order by id desc limit $2`,
      [options.version ?? null, options.limit ?? 1000],
    );
    return res.rows.reverse();
  }
}
