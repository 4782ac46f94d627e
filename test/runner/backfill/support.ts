import type pg from 'pg';
import { openDatabase, type Database, type Session } from '../../../src/db/index.js';

/** A table of `rows` rows with a counter, and a trigger recording the transaction of every row update. */
export async function seedItems(client: pg.Client, table: string, rows: number): Promise<void> {
  await client.query(`
    create table ${table} (id bigint primary key, n int not null default 0, flag boolean not null default false, note text);
    insert into ${table} (id, flag) select g, g % 2 = 0 from generate_series(1, ${rows}) g;
    create table ${table}_touched (id bigint not null, txid bigint not null);
    create function ${table}_touch() returns trigger language plpgsql as $$
      begin insert into ${table}_touched values (new.id, txid_current()); return new; end $$;
    create trigger ${table}_touch after update on ${table} for each row execute function ${table}_touch();
  `);
}

export async function counts(client: pg.Client, table: string): Promise<{ rows: number; once: number; zero: number; more: number; txids: number; touched: number }> {
  const r = await client.query(`select count(*)::int as rows, count(*) filter (where n = 1)::int as once, count(*) filter (where n = 0)::int as zero,
      count(*) filter (where n > 1)::int as more, (select count(distinct txid)::int from ${table}_touched) as txids,
      (select count(*)::int from ${table}_touched) as touched from ${table}`);
  return r.rows[0];
}

export async function session(url: string): Promise<{ db: Database; s: Session; close(): Promise<void> }> {
  const db = openDatabase(url);
  const s = await db.connect('lockstep backfill test');
  return { db, s, close: async () => { await s.release(); await db.close(); } };
}
