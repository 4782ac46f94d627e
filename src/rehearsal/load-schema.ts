/**
 * Builds a shadow from a live schema: the target's snapshot (read from its catalogs, no pg_dump) rendered to
 * DDL and run in the shadow. The rendering groups statements by kind, not by every dependency (a view over
 * another view, a function whose SQL body reads a table, a foreign key on a unique index), so a statement that
 * fails is tried again after the others, until a pass makes no progress. What still fails is returned, one note
 * per statement: never dropped silently.
 */
import { performance } from 'node:perf_hooks';
import { DbError, type Session } from '../db/index.js';
import { schemaSections, type SchemaSnapshot } from '../schema/index.js';

export interface LoadedSchema {
  /** Statements run (objects created), and the milliseconds it took. */
  readonly statements: number;
  readonly durationMs: number;
  /** What the shadow lacks, in words. */
  readonly notes: readonly string[];
}

export interface LoadOptions {
  /** Roles to create (NOLOGIN) first, so grants, policies and OWNER TO in migrations find them; empty on a shared server. */
  readonly roles: readonly string[];
}

interface Pending {
  readonly sql: string;
  error: string;
}

const label = (sql: string): string => {
  const first = sql.replace(/\s+/g, ' ').trim();
  return first.length > 100 ? `${first.slice(0, 99)}…` : first;
};

/** Runs each statement; returns those that failed (with their error), in order. */
async function pass(session: Session, statements: readonly Pending[]): Promise<Pending[]> {
  const failed: Pending[] = [];
  for (const p of statements) {
    try {
      await session.exec(p.sql);
    } catch (err) {
      p.error = err instanceof Error ? err.message : String(err);
      failed.push(p);
    }
  }
  return failed;
}

async function createRoles(session: Session, roles: readonly string[]): Promise<void> {
  for (const role of roles) {
    // 42710: it exists already (on a shared server, or created by an earlier shadow of this server).
    await session.exec(`create role "${role.replace(/"/g, '""')}" nologin`).catch((err: unknown) => {
      if (!(err instanceof DbError && err.sqlState === '42710')) throw err;
    });
  }
}

export async function loadSchema(session: Session, snapshot: SchemaSnapshot, opts: LoadOptions): Promise<LoadedSchema> {
  const started = performance.now();
  await createRoles(session, opts.roles);
  // As pg_dump does: a function body may name a table created later.
  await session.exec('set check_function_bodies = false');
  // An INVALID index a failed concurrent build left is not copied: `up` drops it and builds it again when it resumes
  // the migration (runner/invalid-index.ts), so the shadow starts without it, as the resumed build finds the target.
  // A partitioned index (ON ONLY) is invalid until its partitions' are attached: it is copied.
  const invalid = snapshot.indexes.filter((i) => !i.valid && !/\sON ONLY\s/i.test(i.definition));
  const copied = invalid.length > 0 ? { ...snapshot, indexes: snapshot.indexes.filter((i) => !invalid.includes(i)) } : snapshot;
  const all = schemaSections(copied).flatMap(([, statements]) => statements.map((sql): Pending => ({ sql, error: '' })));
  let failed = await pass(session, all);
  for (let before = all.length; failed.length > 0 && failed.length < before; ) {
    before = failed.length;
    failed = await pass(session, failed);
  }
  await session.exec('reset check_function_bodies');
  return {
    statements: all.length - failed.length,
    durationMs: performance.now() - started,
    notes: [
      ...invalid.map((i) => `not reproduced in the shadow: INVALID index ${i.schema}.${i.name}, left by a failed concurrent build (\`lockstep up\` drops it and builds it again when it resumes)`),
      ...failed.map((p) => `not reproduced in the shadow: ${label(p.sql)}: ${p.error}`),
    ],
  };
}

/** Roles of the target other than the built-in ones (pg_*) and the bootstrap superuser. */
export async function readRoles(session: Session): Promise<string[]> {
  const res = await session.query<{ name: string }>(`select rolname::text as name from pg_catalog.pg_roles where oid >= 16384 and rolname !~ '^pg_' order by 1`);
  return res.rows.map((r) => r.name);
}
