/**
 * writeWithEventThen sends a migration's history row and event with their values inlined as literals, followed by
 * the caller's COMMIT, in one message. Against the real server: what it stores is exactly what the parameterised
 * writeWithEvent stores, whatever the text holds (quotes, backslashes, `$1`, dollar quotes, newlines), under either
 * setting of standard_conforming_strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Session } from '../../src/db/index.js';
import { HistoryStore, quoteLiteral, type RowWrite } from '../../src/history/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const actor = { osUser: "o'user", host: 'h\\ost', environment: null, lockstepVersion: '0.0.0-test', ciCommit: null, ciRunUrl: null };
const HOSTILE = "select 'a''b', E'\\\\x', $1, $$dollar$$, $lockstep$ x $lockstep$;\n-- \\ end \\'";

function row(version: string, upSql: string): RowWrite {
  return {
    version, name: `n'${version}`, layout: 'directory', checksum: 'c\\1', status: 'applied', executionMs: 12, batch: 3,
    upSql, downSql: null, statementsDone: 2, statementsTotal: 2, lastError: null,
  };
}

describe('HistoryStore.writeWithEventThen', () => {
  let db: TestDatabase;
  let database: Database;
  let session: Session;
  const history = new HistoryStore('hist "x"', actor);

  beforeAll(async () => {
    db = await createTestDatabase('history_literals');
    database = openDatabase(db.url);
    session = await database.connect('lockstep history test');
    await history.ensure(session);
  });
  afterAll(async () => {
    await session.release();
    await database.close();
    await db.drop();
  });

  const stored = async (version: string) => {
    const res = await session.query<Record<string, unknown>>(
      `select m.name, m.layout, m.checksum, m.status, m.execution_ms, m.os_user, m.host, m.environment, m.lockstep_version, m.batch,
              m.up_sql, m.down_sql, m.statements_done, m.statements_total, e.kind, e.duration_ms, e.details, e.os_user as e_os_user, e.host as e_host
         from ${history.qualified('migrations')} m join ${history.qualified('events')} e using (version) where version = $1`, [version]);
    return res.rows;
  };

  for (const conforming of ['on', 'off']) {
    it(`stores what the parameterised write stores (standard_conforming_strings = ${conforming})`, async () => {
      await session.exec(`set standard_conforming_strings = ${conforming}`);
      try {
        await history.writeWithEvent(session, row(`p-${conforming}`, HOSTILE), { kind: 'apply', version: `p-${conforming}`, name: 'x', durationMs: 7 });
        await session.exec('begin');
        await history.writeWithEventThen(session, row(`l-${conforming}`, HOSTILE), { kind: 'apply', version: `l-${conforming}`, name: 'x', durationMs: 7 }, 'commit');
      } finally {
        await session.exec('reset standard_conforming_strings');
      }
      const [viaParams] = await stored(`p-${conforming}`);
      const [viaLiterals] = await stored(`l-${conforming}`);
      expect(viaLiterals?.up_sql).toBe(HOSTILE);
      expect(viaLiterals?.host).toBe('h\\ost');
      expect({ ...viaLiterals, name: undefined }).toEqual({ ...viaParams, name: undefined });
      expect(viaLiterals?.name).toBe(`n'l-${conforming}`);
    });
  }

  it('sends the COMMIT with the row: the transaction is over when it returns', async () => {
    await session.exec('begin');
    await history.writeWithEventThen(session, row('committed', 'select 1'), { kind: 'apply', version: 'committed', durationMs: 1 }, 'commit');
    const other = await db.client();
    const res = await other.query(`select count(*)::int as n from ${history.qualified('migrations')} where version = 'committed'`);
    expect(res.rows[0].n).toBe(1);
  });

  it('a failing row write skips the COMMIT after it, leaving the transaction to roll back', async () => {
    await session.exec('begin');
    await session.exec('create table rolled_back_with_it (id int)');
    const bad = { ...row('bad', 'x'), status: 'nonsense' as RowWrite['status'] }; // the status check refuses it
    await expect(history.writeWithEventThen(session, bad, { kind: 'apply', version: 'bad' }, 'commit')).rejects.toThrow(/check constraint/);
    await session.exec('rollback');
    const res = await session.query<{ ok: boolean }>("select to_regclass('rolled_back_with_it') is null as ok");
    expect(res.rows[0]?.ok).toBe(true);
  });

  it('a row whose SQL is over 256 Ki characters goes with parameters, then the COMMIT: stored exactly, committed, and no COMMIT after a failure', async () => {
    const long = `${HOSTILE}\n${"insert into t values ('x''y', E'\\\\z');\n".repeat(40_000)}`;
    expect(long.length).toBeGreaterThan(1 << 20);
    await session.exec('begin');
    await history.writeWithEventThen(session, row('long', long), { kind: 'apply', version: 'long', durationMs: 1 }, 'commit');
    const other = await db.client();
    const res = await other.query(`select up_sql from ${history.qualified('migrations')} where version = 'long'`);
    expect(res.rows[0]?.up_sql).toBe(long);

    await session.exec('begin');
    await session.exec('create table rolled_back_with_long (id int)');
    const bad = { ...row('bad-long', long), status: 'nonsense' as RowWrite['status'] };
    await expect(history.writeWithEventThen(session, bad, { kind: 'apply', version: 'bad-long' }, 'commit')).rejects.toThrow(/check constraint/);
    await session.exec('rollback');
    const gone = await session.query<{ ok: boolean }>("select to_regclass('rolled_back_with_long') is null as ok");
    expect(gone.rows[0]?.ok).toBe(true);
  });

  it('quotes literals for any setting and refuses numbers SQL cannot spell', () => {
    expect(quoteLiteral("it's \\ here")).toBe("E'it''s \\\\ here'");
    expect(quoteLiteral(null)).toBe('null');
    expect(quoteLiteral(-5)).toBe('-5');
    expect(() => quoteLiteral(Number.NaN)).toThrow(RangeError);
  });
});
