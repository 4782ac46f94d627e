import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LockstepError } from '../core/errors.js';
import { openDatabase } from '../db/index.js';
import { DbError, type Database, type Session } from '../db/index.js';
import { ServerRoleTracker } from './server-roles.js';
import type { Shadow } from './types.js';

const APP = 'lockstep shadow';

export interface ServerShadowOptions {
  readonly kind?: Shadow['kind'];
  readonly binaries?: string | null;
  readonly notes?: readonly string[];
  /** performance.now() when the whole start began (a local server's included). */
  readonly started?: number;
  readonly fromTemplate?: boolean;
  /** See ShadowOptions.rolesNamed. */
  readonly rolesNamed?: ((name: string) => boolean) | undefined;
  /** Runs after the databases are dropped (a local server is stopped there). */
  readonly afterDispose?: (() => Promise<void>) | undefined;
}

/**
 * CREATE DATABASE lockstep_shadow_<random> on the server behind `shadowUrl`; dispose() drops it. A checkpoint is
 * a copy of it (CREATE DATABASE … TEMPLATE, https://www.postgresql.org/docs/current/manage-ag-templatedbs.html),
 * and a restore drops it and copies the checkpoint back under the same name. On a server the user named (kind
 * 'server'), the roles and memberships that appear on it meanwhile are removed with the databases
 * (server-roles.ts); a local server is thrown away whole.
 */
export async function openServerShadow(shadowUrl: string, opts: ServerShadowOptions = {}): Promise<Shadow> {
  const started = opts.started ?? performance.now();
  const name = `lockstep_shadow_${randomBytes(6).toString('hex')}`;
  const saved = `${name}_cp`;
  const admin = openDatabase(shadowUrl);
  let hasCheckpoint = false;
  let roles: ServerRoleTracker | undefined;
  let step = `read the roles of ${admin.target}`;
  try {
    if ((opts.kind ?? 'server') === 'server') roles = await ServerRoleTracker.open(admin, opts.rolesNamed);
    step = `create the shadow database ${name} on ${admin.target}`;
    // template0: a pristine database, whatever extensions someone added to template1.
    await adminExec(admin, `create database ${name} template template0`);
  } catch (err) {
    await admin.close();
    await opts.afterDispose?.().catch(() => undefined);
    throw shadowError(`cannot ${step}`, err);
  }
  let db: Database = openDatabase(withDatabase(shadowUrl, name));
  const own = [name, saved];
  // Drops `dropped`, then (server shadows) removes the roles that appeared since the checkpoint or the start.
  const dropping = (dropped: readonly string[], toCheckpoint: boolean, drop: () => Promise<void>): Promise<void> =>
    roles ? roles.around(drop, dropped, own, toCheckpoint) : drop();
  const copy = async (from: string, to: string, dropFirst: boolean): Promise<number> => {
    const t0 = performance.now();
    await db.close();
    const make = () => adminExec(admin, `create database ${to} template ${from}`).catch((err: unknown) => {
      throw shadowError(`cannot copy the shadow database ${from} to ${to}`, err);
    });
    if (to === name) await dropping([name], from === saved, async () => { await dropDatabase(admin, name); await make(); });
    else {
      if (dropFirst) await dropDatabase(admin, to);
      await make();
      await roles?.checkpoint();
    }
    db = openDatabase(withDatabase(shadowUrl, name));
    return performance.now() - t0;
  };
  const dispose = once(async (): Promise<readonly string[]> => {
    await db.close();
    try {
      await dropping(hasCheckpoint ? own : [name], false, async () => {
        await dropDatabase(admin, name);
        if (hasCheckpoint) await dropDatabase(admin, saved);
      });
    } finally {
      await admin.close();
      await opts.afterDispose?.();
    }
    return roles?.notes ?? [];
  });
  try {
    const session = await db.connect(APP);
    await session.release();
  } catch (err) {
    await dispose().catch(() => undefined);
    throw err;
  }
  return {
    get db() {
      return db;
    },
    kind: opts.kind ?? 'server', startMs: performance.now() - started, name, fromTemplate: opts.fromTemplate ?? false,
    binaries: opts.binaries ?? null, notes: opts.notes ?? [],
    async checkpoint() {
      const ms = await copy(name, saved, hasCheckpoint);
      hasCheckpoint = true;
      return ms;
    },
    restore: () => copy(hasCheckpoint ? saved : 'template0', name, true),
    dispose,
  };
}

/**
 * DROP DATABASE ... WITH (FORCE) (PostgreSQL 13+) also ends sessions a failed rehearsal left behind;
 * older servers reject the option with a syntax error, so retry without it.
 * https://www.postgresql.org/docs/current/sql-dropdatabase.html
 */
async function dropDatabase(admin: Database, name: string): Promise<void> {
  try {
    await adminExec(admin, `drop database if exists ${name} with (force)`);
  } catch (err) {
    if (!(err instanceof DbError) || err.sqlState !== '42601') throw shadowError(`cannot drop the shadow database ${name}`, err);
    await adminExec(admin, `drop database if exists ${name}`).catch((e: unknown) => {
      throw shadowError(`cannot drop the shadow database ${name}`, e);
    });
  }
}

async function adminExec(admin: Database, sql: string): Promise<void> {
  const session: Session = await admin.connect(APP);
  try {
    await session.exec(sql);
  } finally {
    await session.release();
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let done: Promise<T> | undefined;
  return () => (done ??= fn());
}

function shadowError(message: string, err: unknown): LockstepError {
  if (err instanceof LockstepError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new LockstepError('LOCKSTEP_E_SHADOW', `${message}: ${reason}`, {
    hint: 'The shadow URL\'s user needs the CREATEDB privilege (ALTER ROLE <user> CREATEDB), or leave --shadow-url out to rehearse in a shadow Lockstep starts itself.',
    cause: err,
  });
}
