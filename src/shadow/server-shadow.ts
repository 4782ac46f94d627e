import { randomBytes } from 'node:crypto';
import { LockstepError } from '../core/errors.js';
import { openDatabase } from '../db/open-database.js';
import { DbError, type Database, type Session } from '../db/port.js';
import type { Shadow } from './types.js';

const APP = 'lockstep shadow';

/** CREATE DATABASE lockstep_shadow_<random> on the server behind `shadowUrl`; dispose() drops it. */
export async function openServerShadow(shadowUrl: string): Promise<Shadow> {
  const started = performance.now();
  const name = `lockstep_shadow_${randomBytes(6).toString('hex')}`;
  const admin = openDatabase(shadowUrl);
  try {
    // template0: a pristine database, whatever extensions someone added to template1.
    await adminExec(admin, `create database ${name} template template0`);
  } catch (err) {
    await admin.close();
    throw shadowError(`cannot create the shadow database ${name} on ${admin.target}`, err);
  }
  const db = openDatabase(withDatabase(shadowUrl, name));
  const dispose = once(async () => {
    await db.close();
    await dropDatabase(admin, name).finally(() => admin.close());
  });
  try {
    const session = await db.connect(APP);
    await session.release();
  } catch (err) {
    await dispose().catch(() => undefined);
    throw err;
  }
  return { db, kind: 'server', startMs: performance.now() - started, name, fromTemplate: false, dispose };
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

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

function shadowError(message: string, err: unknown): LockstepError {
  if (err instanceof LockstepError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new LockstepError('LOCKSTEP_E_SHADOW', `${message}: ${reason}`, {
    hint: 'The shadow URL\'s user needs the CREATEDB privilege (ALTER ROLE <user> CREATEDB), or leave --shadow-url out to rehearse in the embedded PGlite shadow.',
    cause: err,
  });
}
