import type { QueryResult, Session } from '../db/index.js';

function literal(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return `'${v.toISOString()}'`;
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.includes('\n') || text.includes("'") ? `$lockstep$${text}$lockstep$` : `'${text}'`;
}

/** Inlines $n parameters as literals so a dry run can print exactly what would be sent. */
export function inlineParams(sql: string, params: readonly unknown[] = []): string {
  return sql.replace(/\$(\d+)/g, (m, n: string) => (Number(n) <= params.length ? literal(params[Number(n) - 1]) : m));
}

/**
 * A session that executes nothing: it records every statement (with parameters inlined) and answers
 * with empty results. `lockstep up --dry-run` runs the real apply path against it.
 */
export class RecordingSession implements Session {
  readonly backendPid = 0;
  readonly statements: string[] = [];

  async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    this.statements.push(inlineParams(sql, params).trim());
    return { rows: [], rowCount: 0 };
  }

  async exec(sql: string): Promise<void> {
    this.statements.push(sql.trim());
  }

  async release(): Promise<void> {}

  script(): string {
    return this.statements.map((s) => (s.endsWith(';') || /^--[^\n]*$/.test(s) ? s : `${s};`)).join('\n');
  }
}
