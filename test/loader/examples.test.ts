/**
 * examples/payments must load, and must apply in order and roll back in reverse on a real
 * PostgreSQL and on PGlite, each down restoring exactly the schema its up started from.
 * A minimal apply loop stands in for the runner here, so this guards the examples, not the runner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrationContext, MigrationFile, Section } from '../../src/core/types.js';
import { openDatabase } from '../../src/db/index.js';
import type { Database, Session } from '../../src/db/port.js';
import { importMigrationModule, loadMigrations } from '../../src/loader/index.js';
import { initParser, parseSection } from '../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const EXAMPLES = 'examples/payments';

describe('examples/payments', () => {
  it('loads ten migrations in version order, in more than one layout', async () => {
    const ms = await loadMigrations(EXAMPLES);
    expect(ms).toHaveLength(10);
    expect(ms.map((m) => m.version)).toEqual([...ms.map((m) => m.version)].sort());
    expect(new Set(ms.map((m) => m.layout))).toEqual(new Set(['single-file', 'pair', 'directory', 'module']));
    expect(ms.filter((m) => m.directives.noTransaction).map((m) => m.name)).toEqual(['index_payments_status_created_at']);
    expect(ms.every((m) => m.down !== undefined)).toBe(true);
  });
});

const SNAPSHOT = `
  select 'column' as kind, table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') as def
    from information_schema.columns where table_schema = 'public'
  union all select 'constraint', conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' valid=' || convalidated
    from pg_constraint where connamespace = 'public'::regnamespace
  union all select 'index', indexdef from pg_indexes where schemaname = 'public'
  union all select 'trigger', pg_get_triggerdef(oid) from pg_trigger where not tgisinternal
  union all select 'function', proname from pg_proc where pronamespace = 'public'::regnamespace
  order by 1, 2`;

const SEED = `
  insert into customers (email, full_name) values ('ada@example.com', 'Ada');
  insert into accounts (customer_id, currency) select id, 'EUR' from customers;
  insert into payments (account_id, amount_cents, currency, status) select id, 500, 'EUR', 'captured' from accounts;
  insert into payments (account_id, amount_cents, currency) select id, 700, 'EUR' from accounts;`;

async function run(session: Session, m: MigrationFile, section: Section): Promise<void> {
  if (section.kind === 'module') {
    const mod = await importMigrationModule(section);
    const ctx: MigrationContext = {
      query: (sql, params) => session.query(sql, params),
      exec: (sql) => session.exec(sql),
      log: () => undefined,
      version: m.version,
      name: m.name,
    };
    const fn = section.exportName === 'up' ? mod.up : mod.down;
    await session.exec('BEGIN');
    await fn?.(ctx);
    await session.exec('COMMIT');
    return;
  }
  if (section.kind !== 'sql') throw new Error(`${section.path}: not SQL`);
  const statements = section.explicitStatements ?? parseSection(section);
  if (!m.directives.noTransaction) await session.exec('BEGIN');
  for (const s of statements) await session.exec(s.sql);
  if (!m.directives.noTransaction) await session.exec('COMMIT');
}

async function snapshot(session: Session): Promise<string[]> {
  const { rows } = await session.query<{ kind: string; def: string }>(SNAPSHOT);
  return rows.map((r) => `${r.kind}: ${r.def}`);
}

function applyAndRollBack(open: () => Promise<Database>): () => Promise<void> {
  return async () => {
    const ms = await loadMigrations(EXAMPLES);
    const db = await open();
    const session = await db.connect('lockstep-loader-examples');
    try {
      const before: string[][] = [];
      for (const m of ms) {
        before.push(await snapshot(session));
        await run(session, m, m.up);
        if (m.name === 'create_refunds') await session.exec(SEED);
      }
      const { rows } = await session.query<{ status: string; captured: boolean }>(
        'select status, captured_at is not null as captured from payments order by id',
      );
      expect(rows).toEqual([{ status: 'captured', captured: true }, { status: 'pending', captured: false }]);
      for (const m of [...ms].reverse()) {
        await run(session, m, m.down as Section);
        expect(await snapshot(session), `down of ${m.version}_${m.name}`).toEqual(before.pop());
      }
    } finally {
      await session.release();
      await db.close();
    }
  };
}

describe('examples/payments against databases', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    await initParser();
    testDb = await createTestDatabase('loader_examples');
  });
  afterAll(() => testDb?.drop());

  it('apply and roll back on PostgreSQL', applyAndRollBack(async () => openDatabase(testDb.url)));
  it('apply and roll back on PGlite', applyAndRollBack(async () => openDatabase('pglite://memory')));
});
