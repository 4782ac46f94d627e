/** Each test file works in its own database, created here and dropped after the file. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  /** A plain pg client on the test database for assertions and side sessions. */
  client(applicationName?: string): Promise<pg.Client>;
  drop(): Promise<void>;
}

export function adminUrl(): string {
  return inject('adminUrl');
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Runs `fn` on a fresh client of the admin database, closed after. */
export async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function createTestDatabase(label = 't'): Promise<TestDatabase> {
  const name = `lockstep_${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = withDatabase(adminUrl(), name);
  const clients: pg.Client[] = [];
  return {
    url,
    name,
    async client(applicationName = 'lockstep-test') {
      const c = new pg.Client({ connectionString: url, application_name: applicationName });
      c.on('error', () => undefined);
      await c.connect();
      clients.push(c);
      return c;
    },
    async drop() {
      await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
