/**
 * The PostgreSQL facts the rules of issue 11 rest on, checked on the server: which lock a statement takes on the
 * tables it touches, whether it scans them, and what fails afterwards. A rule's claim that the server stops
 * agreeing with fails here.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrationFile } from '../../../src/core/types.js';
import { lintMigration, lintSql } from '../../../src/lint/index.js';
import { procedureScope } from '../../../src/execution/index.js';
import { breakpointStatements } from '../../../src/loader/explicit-statements.js';
import { initParser } from '../../../src/sql/index.js';
import { openShadow } from '../../../src/shadow/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

let db: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  await initParser();
  db = await createTestDatabase('server_facts');
  client = await db.client();
  await client.query(`
    CREATE DOMAIN email AS text;
    CREATE TABLE t (id bigint PRIMARY KEY, z int, e email);
    INSERT INTO t SELECT g, g, 'a@b' FROM generate_series(1, 1000) g;
    ALTER TABLE t ADD CONSTRAINT t_z_nn CHECK (z IS NOT NULL) NOT VALID;
    ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%') NOT VALID;
    CREATE TYPE st AS ENUM ('new', 'paid');
  `);
});

afterAll(() => db.drop());

/** Runs `sql` in a transaction (rolled back): the locks it holds on t and the sequential scans it ran on t. */
async function effect(sql: string): Promise<{ locks: string[]; scans: number }> {
  await client.query('BEGIN');
  try {
    const scans = async (): Promise<number> => Number((await client.query("SELECT pg_stat_get_xact_numscans('t'::regclass) AS n")).rows[0].n);
    const before = await scans();
    await client.query(sql);
    const after = await scans();
    const { rows } = await client.query("SELECT mode FROM pg_locks WHERE relation = 't'::regclass AND pid = pg_backend_pid() AND granted ORDER BY mode");
    return { locks: rows.map((r: { mode: string }) => r.mode), scans: after - before };
  } finally {
    await client.query('ROLLBACK');
  }
}

const rules = (sql: string): string[] => lintSql(sql, 'm.sql', { runnerSetsTimeouts: true, execution: 'autocommit' }).findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
/** Every finding, info included, as `rule:severity`. */
const allFindings = (sql: string): string[] => lintSql(sql, 'm.sql', { runnerSetsTimeouts: true, execution: 'autocommit' }).findings.map((f) => `${f.rule}:${f.severity}`);

describe('facts behind the rules (PostgreSQL)', () => {
  it('VALIDATE alone scans under SHARE UPDATE EXCLUSIVE; with SET NOT NULL in one ALTER TABLE, under ACCESS EXCLUSIVE', async () => {
    expect(await effect('ALTER TABLE t VALIDATE CONSTRAINT t_z_nn')).toEqual({ locks: ['ShareUpdateExclusiveLock'], scans: 1 });
    expect(await effect('ALTER TABLE t VALIDATE CONSTRAINT t_z_nn, ALTER COLUMN z SET NOT NULL')).toEqual({ locks: ['AccessExclusiveLock'], scans: 1 });
    expect(rules('ALTER TABLE t VALIDATE CONSTRAINT t_z_nn')).toEqual([]);
    expect(rules('ALTER TABLE t VALIDATE CONSTRAINT t_z_nn, ALTER COLUMN z SET NOT NULL')).toContain('validate-constraint-same-transaction');
  });

  it('a json column breaks SELECT DISTINCT and UNION over its table: prefer-jsonb warns on an existing table, notes it on a new one', async () => {
    await client.query('BEGIN');
    try {
      await client.query('SELECT DISTINCT * FROM t');
      await client.query('ALTER TABLE t ADD COLUMN meta json');
      await expect(client.query('SELECT DISTINCT * FROM t')).rejects.toThrow(/could not identify an equality operator for type json/);
    } finally {
      await client.query('ROLLBACK');
    }
    await client.query('BEGIN');
    try {
      await client.query('ALTER TABLE t ADD COLUMN meta json');
      await expect(client.query('SELECT * FROM t UNION SELECT * FROM t')).rejects.toThrow(/could not identify an equality operator for type json/);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(allFindings('ALTER TABLE t ADD COLUMN meta json;')).toContain('prefer-jsonb:warning');
    expect(allFindings('ALTER TABLE t ALTER COLUMN z TYPE json USING to_json(z);')).toContain('prefer-jsonb:warning');
    expect(allFindings('CREATE TABLE n (id bigint PRIMARY KEY, meta json);')).toEqual(['prefer-jsonb:info']);
    expect(allFindings('CREATE TABLE n (id bigint PRIMARY KEY);\nALTER TABLE n ADD COLUMN meta json;').filter((f) => f.startsWith('prefer-jsonb'))).toEqual(['prefer-jsonb:info']);
  });

  it('trigger functions: LANGUAGE sql cannot return trigger; CREATE TRIGGER refuses a function not returning trigger; an AFTER row trigger setting NEW stores nothing; a trigger dropped and created again apart misses the rows in between', async () => {
    await expect(client.query('CREATE FUNCTION tf_sql() RETURNS trigger LANGUAGE sql AS $$ SELECT NULL $$')).rejects.toThrow(/SQL functions cannot return type trigger/);
    await client.query('CREATE TABLE t_trig (id int PRIMARY KEY, v int, v2 int)');
    try {
      await client.query('CREATE FUNCTION tf_void() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$');
      await expect(client.query('CREATE TRIGGER tr_void BEFORE UPDATE ON t_trig FOR EACH ROW EXECUTE FUNCTION tf_void()')).rejects.toThrow(/must return type trigger/);
      await client.query('CREATE FUNCTION tf_copy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v2 := NEW.v * 2; RETURN NEW; END $$');
      await client.query('CREATE TRIGGER tr_after AFTER INSERT ON t_trig FOR EACH ROW EXECUTE FUNCTION tf_copy()');
      await client.query('INSERT INTO t_trig (id, v) VALUES (1, 21)');
      expect((await client.query('SELECT v2 FROM t_trig WHERE id = 1')).rows[0].v2).toBeNull();
      await client.query('DROP TRIGGER tr_after ON t_trig');
      await client.query('CREATE TRIGGER tr_before BEFORE INSERT ON t_trig FOR EACH ROW EXECUTE FUNCTION tf_copy()');
      await client.query('INSERT INTO t_trig (id, v) VALUES (2, 21)');
      expect((await client.query('SELECT v2 FROM t_trig WHERE id = 2')).rows[0].v2).toBe(42);
      // Dropped, then created again in a later transaction: a row written in between skips it.
      await client.query('DROP TRIGGER tr_before ON t_trig');
      await client.query('INSERT INTO t_trig (id, v) VALUES (3, 21)');
      await client.query('CREATE TRIGGER tr_before BEFORE INSERT ON t_trig FOR EACH ROW EXECUTE FUNCTION tf_copy()');
      expect((await client.query('SELECT v2 FROM t_trig WHERE id = 3')).rows[0].v2).toBeNull();
    } finally {
      await client.query('DROP TABLE IF EXISTS t_trig; DROP FUNCTION IF EXISTS tf_void(), tf_copy()');
    }
    expect(rules('CREATE FUNCTION tf_sql() RETURNS trigger LANGUAGE sql AS $$ SELECT NULL $$;')).toContain('invalid-trigger-function');
    expect(rules('CREATE FUNCTION tf_void() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;\nCREATE TRIGGER tr_void BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION tf_void();')).toContain('invalid-trigger-function');
    expect(rules('CREATE FUNCTION tf_copy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v2 := NEW.v * 2; RETURN NEW; END $$;\nCREATE TRIGGER tr_after AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf_copy();')).toContain('after-trigger-sets-new');
    expect(allFindings('DROP TRIGGER tr_before ON t;\nCREATE TRIGGER tr_before BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf_copy();')).toContain('recreating-trigger:info');
  });

  it('SELECT count(*) of a whole table scans it; max(id) and a lookup by key do not: lock-table counts the first as holding the lock', async () => {
    expect((await effect('SELECT count(*) FROM t')).scans).toBe(1);
    expect((await effect('SELECT max(id) FROM t')).scans).toBe(0);
    expect((await effect('SELECT z FROM t WHERE id = 7')).scans).toBe(0);
    expect(rules('BEGIN;\nLOCK TABLE t IN SHARE MODE;\nSELECT count(*) FROM t;\nCOMMIT;')).toContain('lock-table');
    expect(rules('BEGIN;\nLOCK TABLE t IN SHARE MODE;\nSELECT max(id) FROM t;\nSELECT z FROM t WHERE id = 7;\nCOMMIT;')).not.toContain('lock-table');
  });

  it("DISCARD ALL releases the session's advisory locks (a runner's run lock) and resets its search_path; pg_advisory_unlock_all() releases them too", async () => {
    const other = await db.client('discard');
    try {
      const held = async (): Promise<number> => Number((await other.query("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")).rows[0].n);
      await other.query("SELECT pg_advisory_lock(4242, 7); SELECT set_config('search_path', 'tenant_x', false)");
      expect(await held()).toBe(1);
      await other.query('DISCARD ALL');
      expect(await held()).toBe(0);
      expect((await other.query('SHOW search_path')).rows[0].search_path).toBe('"$user", public');
      await other.query('SELECT pg_advisory_lock(4242, 7)');
      await other.query('SELECT pg_advisory_unlock_all()');
      expect(await held()).toBe(0);
    } finally {
      await other.end();
    }
    expect(rules('DISCARD ALL;')).toContain('discard-all');
    expect(rules('DISCARD TEMP;')).not.toContain('discard-all');
  });

  it("a domain's VALIDATE CONSTRAINT takes SHARE on the tables using it and scans them", async () => {
    expect(await effect('ALTER DOMAIN email VALIDATE CONSTRAINT email_at')).toEqual({ locks: ['ShareLock'], scans: 1 });
    expect(rules('ALTER DOMAIN email VALIDATE CONSTRAINT email_at')).toContain('alter-domain-add-constraint');
  });

  it('CREATE DOMAIN with a CHECK locks and scans no table; adding a constraint later scans the tables using it', async () => {
    expect(await effect('CREATE DOMAIN pos_int AS integer CHECK (VALUE > 0)')).toEqual({ locks: [], scans: 0 });
    expect(rules('CREATE DOMAIN pos_int AS integer CHECK (VALUE > 0);')).toEqual([]);
    expect(await effect("ALTER DOMAIN email ADD CONSTRAINT email_len CHECK (length(VALUE) < 300)")).toEqual({ locks: ['ShareLock'], scans: 1 });
    expect(rules("ALTER DOMAIN email ADD CONSTRAINT email_len CHECK (length(VALUE) < 300);")).toContain('alter-domain-add-constraint');
  });

  it('DROP SCHEMA without CASCADE fails on a schema that holds anything, so it can only drop an empty one', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE SCHEMA full_s; CREATE TABLE full_s.kept (id int); CREATE SCHEMA empty_s');
      await expect(client.query('SAVEPOINT a; DROP SCHEMA full_s')).rejects.toThrow(/other objects depend on it/);
      await client.query('ROLLBACK TO SAVEPOINT a');
      await client.query('DROP SCHEMA empty_s');
      expect((await client.query("SELECT to_regclass('full_s.kept')::text AS r")).rows[0].r).toBe('full_s.kept');
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('DROP SCHEMA empty_s;')).toEqual([]);
    expect(rules('DROP SCHEMA full_s CASCADE;')).toContain('dropping-schema');
  });

  it('ALTER TABLE ONLY ... ADD COLUMN / ALTER COLUMN TYPE fails on a table with partitions or children, and works alone', async () => {
    await client.query('BEGIN');
    try {
      await client.query("CREATE TABLE po (d date NOT NULL, v int) PARTITION BY RANGE (d); CREATE TABLE po_1 PARTITION OF po FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
      await client.query('CREATE TABLE ho (id int, v int); CREATE TABLE ho_child () INHERITS (ho); CREATE TABLE pe (d date) PARTITION BY RANGE (d)');
      await client.query('SAVEPOINT made');
      for (const sql of ['ALTER TABLE ONLY po ADD COLUMN note text', 'ALTER TABLE ONLY ho ADD COLUMN note text']) {
        await expect(client.query(sql)).rejects.toThrow(/column must be added to child tables too/);
        await client.query('ROLLBACK TO made');
      }
      for (const sql of ['ALTER TABLE ONLY po ALTER COLUMN v TYPE bigint', 'ALTER TABLE ONLY ho ALTER COLUMN v TYPE bigint']) {
        await expect(client.query(sql)).rejects.toThrow(/must be changed in child tables too/);
        await client.query('ROLLBACK TO made');
      }
      // No partitions or children: ONLY changes nothing.
      await client.query('ALTER TABLE ONLY pe ADD COLUMN note text');
      await client.query('ALTER TABLE ONLY t ADD COLUMN note text');
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('ALTER TABLE ONLY po ADD COLUMN note text;')).toEqual(['alter-table-only-columns']);
    expect(rules('ALTER TABLE ONLY ho ALTER COLUMN v TYPE bigint;')).toContain('alter-table-only-columns');
    expect(rules('ALTER TABLE po ADD COLUMN note text;')).toEqual([]);
  });

  it('a DO block that reaches RAISE EXCEPTION unconditionally fails; a guarded or caught one need not', async () => {
    const always = "DO $$ BEGIN RAISE EXCEPTION 'run the backfill by hand first'; END $$";
    const guarded = "DO $$ BEGIN IF EXISTS (SELECT 1 FROM t WHERE id < 0) THEN RAISE EXCEPTION 'backfill first'; END IF; END $$";
    const caught = "DO $$ BEGIN RAISE EXCEPTION 'caught'; EXCEPTION WHEN others THEN NULL; END $$";
    await expect(client.query(always)).rejects.toThrow(/run the backfill by hand first/);
    await client.query(guarded);
    await client.query(caught);
    expect(rules(`${always};`)).toEqual(['do-block-always-fails']);
    expect(rules(`${guarded};`)).toEqual([]);
    expect(rules(`${caught};`)).toEqual([]);
  });

  it('ALTER SEQUENCE ... RESTART goes back to START: the next insert reuses a key; RESTART WITH a free value does not', async () => {
    // Created outside the transaction, so that the locks seen are the statement's own.
    await client.query('CREATE TABLE seqd (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v int)');
    await client.query('INSERT INTO seqd (v) SELECT g FROM generate_series(1, 10) g');
    await client.query('BEGIN');
    try {
      await client.query('SAVEPOINT filled');
      await client.query('ALTER SEQUENCE seqd_id_seq RESTART');
      const { rows } = await client.query("SELECT mode FROM pg_locks WHERE relation = 'seqd_id_seq'::regclass AND pid = pg_backend_pid() ORDER BY mode");
      expect(rows.map((r: { mode: string }) => r.mode)).toEqual(['RowExclusiveLock', 'ShareRowExclusiveLock']);
      await expect(client.query('INSERT INTO seqd (v) VALUES (0)')).rejects.toThrow(/duplicate key value/);
      await client.query('ROLLBACK TO filled');
      await client.query('ALTER TABLE seqd ALTER COLUMN id RESTART');
      await expect(client.query('INSERT INTO seqd (v) VALUES (0)')).rejects.toThrow(/duplicate key value/);
      await client.query('ROLLBACK TO filled');
      await client.query('ALTER SEQUENCE seqd_id_seq RESTART WITH 1000');
      await client.query('INSERT INTO seqd (v) VALUES (0)');
    } finally {
      await client.query('ROLLBACK');
      await client.query('DROP TABLE seqd');
    }
    expect(rules('ALTER SEQUENCE seqd_id_seq RESTART;')).toEqual(['restarting-sequence']);
    expect(rules('ALTER TABLE seqd ALTER COLUMN id RESTART;')).toContain('restarting-sequence');
    expect(rules('ALTER SEQUENCE seqd_id_seq RESTART WITH 1000;')).toEqual([]);
  });

  it('CREATE TABLE ... PARTITION OF scans only a DEFAULT partition, unless a valid CHECK on it excludes the bound', async () => {
    const scans = async (rel: string): Promise<number> => Number((await client.query('SELECT pg_stat_get_xact_numscans($1::regclass) AS n', [rel])).rows[0].n);
    const locked = async (): Promise<string[]> =>
      (await client.query("SELECT relation::regclass::text || ':' || mode AS l FROM pg_locks WHERE pid = pg_backend_pid() AND relation::regclass::text IN ('pd', 'pd_1', 'pd_default') ORDER BY 1")).rows.map((r: { l: string }) => r.l);
    // Created outside the transaction, so that the locks seen are the statement's own.
    await client.query("CREATE TABLE pd (d date NOT NULL, v int) PARTITION BY RANGE (d); CREATE TABLE pd_1 PARTITION OF pd FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    await client.query("INSERT INTO pd SELECT date '2024-01-01' + g % 300, g FROM generate_series(1, 500) g");
    await client.query('BEGIN');
    try {
      await client.query('SAVEPOINT made');
      // No DEFAULT partition: the parent is locked, no partition is touched (brief, like ADD COLUMN).
      await client.query("CREATE TABLE pd_2 PARTITION OF pd FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
      expect(await locked()).toEqual(['pd:AccessExclusiveLock']);
      expect(await scans('pd_1')).toBe(0);
      await client.query('ROLLBACK TO made');
      // Creating the DEFAULT partition scans nothing either.
      await client.query('CREATE TABLE pd_default PARTITION OF pd DEFAULT');
      expect(await scans('pd_1')).toBe(0);
      await client.query("INSERT INTO pd VALUES ('2030-06-01', 1)");
      // With a DEFAULT partition, it is locked ACCESS EXCLUSIVE and scanned.
      await client.query('SAVEPOINT with_default');
      const before = await scans('pd_default');
      await client.query("CREATE TABLE pd_3 PARTITION OF pd FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
      expect(await locked()).toContain('pd_default:AccessExclusiveLock');
      expect(await scans('pd_default')).toBe(before + 1);
      await client.query('ROLLBACK TO with_default');
      // ATTACH PARTITION scans it too, under ACCESS EXCLUSIVE on it (SHARE UPDATE EXCLUSIVE on the parent).
      await client.query("CREATE TABLE pd_6 (LIKE pd INCLUDING ALL); ALTER TABLE pd_6 ADD CONSTRAINT pd_6_bound CHECK (d >= '2029-01-01' AND d < '2030-01-01')");
      const beforeAttach = await scans('pd_default');
      await client.query("ALTER TABLE pd ATTACH PARTITION pd_6 FOR VALUES FROM ('2029-01-01') TO ('2030-01-01')");
      expect(await scans('pd_default')).toBe(beforeAttach + 1);
      expect(await locked()).toEqual(expect.arrayContaining(['pd:ShareUpdateExclusiveLock', 'pd_default:AccessExclusiveLock']));
      await client.query('ROLLBACK TO with_default');
      // A valid CHECK on the DEFAULT partition that excludes the bound spares the scan, for CREATE and for ATTACH.
      await client.query("ALTER TABLE pd_default ADD CONSTRAINT pd_default_excl CHECK (d >= '2030-01-01')");
      const checked = await scans('pd_default');
      await client.query("CREATE TABLE pd_4 PARTITION OF pd FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')");
      await client.query("CREATE TABLE pd_5 (LIKE pd INCLUDING ALL); ALTER TABLE pd_5 ADD CONSTRAINT pd_5_bound CHECK (d >= '2028-01-01' AND d < '2029-01-01')");
      await client.query("ALTER TABLE pd ATTACH PARTITION pd_5 FOR VALUES FROM ('2028-01-01') TO ('2029-01-01')");
      expect(await scans('pd_default')).toBe(checked);
    } finally {
      await client.query('ROLLBACK');
      await client.query('DROP TABLE pd');
    }
    const severity = (sql: string, pgVersion: number): string[] =>
      lintSql(sql, 'm.sql', { runnerSetsTimeouts: true, execution: 'autocommit', pgVersion }).findings.filter((f) => f.rule === 'creating-partition-locks-parent').map((f) => f.severity);
    expect(severity("CREATE TABLE pd_3 PARTITION OF pd FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');", 15)).toEqual(['warning']);
    expect(severity('CREATE TABLE pd_default PARTITION OF pd DEFAULT;', 15)).toEqual(['info']);
    // PostgreSQL 10 has no DEFAULT partitions (new in 11: release notes), so nothing can be scanned there.
    expect(severity("CREATE TABLE pd_3 PARTITION OF pd FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');", 10)).toEqual(['info']);
  });

  it('CREATE INDEX ON ONLY a partitioned table scans no partition; on a plain table ONLY changes nothing', async () => {
    await client.query('BEGIN');
    try {
      await client.query("CREATE TABLE pm (d date NOT NULL, v int) PARTITION BY RANGE (d); CREATE TABLE pm_1 PARTITION OF pm FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
      await client.query("INSERT INTO pm SELECT date '2024-01-01' + g % 300, g FROM generate_series(1, 500) g");
      const scans = async (rel: string): Promise<number> => Number((await client.query('SELECT pg_stat_get_xact_numscans($1::regclass) AS n', [rel])).rows[0].n);
      const before = await scans('pm_1');
      await client.query('CREATE INDEX pm_v ON ONLY pm (v)');
      expect(await scans('pm_1')).toBe(before);
      expect((await client.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'pm_v'::regclass")).rows[0].indisvalid).toBe(false);
      const plain = await scans('t');
      await client.query('CREATE INDEX t_z_only ON ONLY t (z)');
      expect(await scans('t')).toBe(plain + 1);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('CREATE INDEX pm_v ON ONLY pm (v);')).not.toContain('require-concurrent-index');
    expect(lintSql('CREATE INDEX t_z_only ON ONLY t (z);', 'm.sql', { runnerSetsTimeouts: true, execution: 'autocommit', tableSizes: new Map([['t', { rows: 5e7, bytes: 1e10 }]]) }).findings.map((f) => f.rule)).toContain('require-concurrent-index');
  });

  it('an index expression or predicate that calls now(), CURRENT_TIMESTAMP, random() or current_user is refused; lower() and a constant are not', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE TABLE t_imm (id int, created_at timestamptz, note text)');
      for (const [sql, part] of [
        ["CREATE INDEX ON t_imm (id) WHERE created_at > now() - interval '30 days'", 'predicate'],
        ['CREATE INDEX ON t_imm (id) WHERE created_at > CURRENT_TIMESTAMP', 'predicate'],
        ['CREATE INDEX ON t_imm ((random()))', 'expression'],
        ['CREATE INDEX ON t_imm (id) WHERE note = current_user', 'predicate'],
      ] as const) {
        await client.query('SAVEPOINT s');
        await expect(client.query(sql)).rejects.toThrow(new RegExp(`functions in index ${part} must be marked IMMUTABLE`));
        await client.query('ROLLBACK TO SAVEPOINT s');
        expect(rules(`${sql};`)).toContain('index-expression-not-immutable');
      }
      await client.query("CREATE INDEX ON t_imm (id) WHERE created_at > '2025-01-01'");
      await client.query('CREATE INDEX ON t_imm ((lower(note)))');
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules("CREATE INDEX ON t_imm (id) WHERE created_at > '2025-01-01';\nCREATE INDEX ON t_imm ((lower(note)));")).not.toContain('index-expression-not-immutable');
  });

  it('CREATE INDEX CONCURRENTLY is refused on a partitioned table (ON ONLY too, with no partition too), accepted on a partition', async () => {
    await client.query("CREATE TABLE pc (d date NOT NULL, v int) PARTITION BY RANGE (d); CREATE TABLE pc_1 PARTITION OF pc FOR VALUES FROM ('2024-01-01') TO ('2025-01-01'); CREATE TABLE pc_empty (v int) PARTITION BY LIST (v)");
    try {
      await expect(client.query('CREATE INDEX CONCURRENTLY pc_v ON pc (v)')).rejects.toMatchObject({ code: '0A000', message: expect.stringMatching(/cannot create index on partitioned table "pc" concurrently/) });
      await expect(client.query('CREATE INDEX CONCURRENTLY pc_v ON ONLY pc (v)')).rejects.toMatchObject({ code: '0A000' });
      await expect(client.query('CREATE INDEX CONCURRENTLY pc_empty_v ON pc_empty (v)')).rejects.toMatchObject({ code: '0A000' });
      await client.query('CREATE INDEX CONCURRENTLY pc_1_v ON pc_1 (v)');
    } finally {
      await client.query('DROP TABLE pc, pc_empty');
    }
    const partitioned = 'CREATE TABLE pc (d date NOT NULL, v int) PARTITION BY RANGE (d);\n';
    expect(rules(`${partitioned}CREATE INDEX CONCURRENTLY pc_v ON pc (v);`)).toContain('concurrent-index-on-partitioned-table');
    expect(rules(`${partitioned}CREATE INDEX CONCURRENTLY pc_v ON ONLY pc (v);`)).toContain('concurrent-index-on-partitioned-table');
    expect(rules(`${partitioned}CREATE TABLE pc_1 PARTITION OF pc FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\nCREATE INDEX CONCURRENTLY pc_1_v ON pc_1 (v);`)).not.toContain('concurrent-index-on-partitioned-table');
  });

  it('ATTACH PARTITION scans the attached table under ACCESS EXCLUSIVE, unless a validated CHECK proves the bound', async () => {
    const attach = "ALTER TABLE pa ATTACH PARTITION pa_1 FOR VALUES FROM (0) TO (100000)";
    const run = async (setup: string): Promise<{ locks: string[]; scans: number }> => {
      await client.query('BEGIN');
      try {
        await client.query('CREATE TABLE pa (id bigint NOT NULL) PARTITION BY RANGE (id); CREATE TABLE pa_1 (id bigint NOT NULL)');
        await client.query('INSERT INTO pa_1 SELECT generate_series(1, 2000)');
        await client.query(setup);
        const scans = async (): Promise<number> => Number((await client.query("SELECT pg_stat_get_xact_numscans('pa_1'::regclass) AS n")).rows[0].n);
        const before = await scans();
        await client.query(attach);
        const { rows } = await client.query("SELECT mode FROM pg_locks WHERE relation = 'pa_1'::regclass AND pid = pg_backend_pid() AND granted ORDER BY mode");
        return { locks: rows.map((r: { mode: string }) => r.mode), scans: (await scans()) - before };
      } finally {
        await client.query('ROLLBACK');
      }
    };
    expect(await run('SELECT 1')).toMatchObject({ locks: expect.arrayContaining(['AccessExclusiveLock']), scans: 1 });
    const check = 'ALTER TABLE pa_1 ADD CONSTRAINT pa_1_bound CHECK (id >= 0 AND id < 100000) NOT VALID; ALTER TABLE pa_1 VALIDATE CONSTRAINT pa_1_bound';
    expect((await run(check)).scans).toBe(0);
    expect(rules(`${attach};`)).toContain('attaching-partition-scan');
    expect(rules(`${check.replace('; ', ';\n')};\n${attach};`)).not.toContain('attaching-partition-scan');
  });

  it('after LOCK TABLE t IN SHARE MODE, a CREATE TABLE ... AS SELECT from t scans it with the SHARE lock held', async () => {
    const { locks, scans } = await effect('LOCK TABLE t IN SHARE MODE; CREATE TEMP TABLE t_snap AS SELECT * FROM t');
    expect(locks).toContain('ShareLock');
    expect(scans).toBe(1);
    expect(rules('BEGIN;\nLOCK TABLE t IN SHARE MODE;\nCREATE TABLE t_snap AS SELECT * FROM t;\nCOMMIT;')).toContain('lock-table');
    expect(rules('BEGIN;\nLOCK TABLE t IN SHARE MODE;\nCREATE TABLE t_snap AS SELECT * FROM t WITH NO DATA;\nCOMMIT;')).not.toContain('lock-table');
  });

  it('INCREMENT BY a negative step counts a sequence back down over the keys it handed out: the next insert fails', async () => {
    await client.query('CREATE TABLE seqn (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v int)');
    await client.query('INSERT INTO seqn (v) SELECT g FROM generate_series(1, 10) g');
    await client.query('BEGIN');
    try {
      await client.query('SAVEPOINT filled');
      await client.query('ALTER SEQUENCE seqn_id_seq INCREMENT BY -1');
      await expect(client.query('INSERT INTO seqn (v) VALUES (0)')).rejects.toThrow(/duplicate key value/);
      await client.query('ROLLBACK TO filled');
      await client.query('ALTER SEQUENCE seqn_id_seq INCREMENT BY 10');
      await client.query('INSERT INTO seqn (v) VALUES (0)');
    } finally {
      await client.query('ROLLBACK');
      await client.query('DROP TABLE seqn');
    }
    expect(rules('ALTER SEQUENCE seqn_id_seq INCREMENT BY -1;')).toEqual(['restarting-sequence']);
    expect(rules('ALTER SEQUENCE seqn_id_seq INCREMENT BY 10;')).toEqual([]);
  });

  it('DROP TYPE of a type a column uses fails; with CASCADE the column goes, with its data', async () => {
    await client.query('BEGIN');
    try {
      await client.query("CREATE TYPE dt_state AS ENUM ('a', 'b'); CREATE TABLE dt (id int, s dt_state); INSERT INTO dt VALUES (1, 'a')");
      await client.query('SAVEPOINT made');
      await expect(client.query('DROP TYPE dt_state')).rejects.toThrow(/other objects depend on it/);
      await client.query('ROLLBACK TO made');
      await client.query('DROP TYPE dt_state CASCADE');
      const { rows } = await client.query("SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'dt' AND column_name = 's'");
      expect(rows[0].n).toBe(0);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(allFindings('DROP TYPE dt_state;')).toContain('dropping-type:warning');
    expect(allFindings('DROP TYPE dt_state CASCADE;')).toContain('dropping-type:error');
  });

  it('DROP FUNCTION ... CASCADE drops the trigger that calls it; DROP EXTENSION ... CASCADE the index built with its operator class', async () => {
    await client.query('BEGIN');
    try {
      await client.query("CREATE TABLE dc (id int, name text); CREATE FUNCTION dc_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$; CREATE TRIGGER dc_t BEFORE INSERT ON dc FOR EACH ROW EXECUTE FUNCTION dc_touch()");
      await client.query('SAVEPOINT made');
      await expect(client.query('DROP FUNCTION dc_touch()')).rejects.toThrow(/other objects depend on it/);
      await client.query('ROLLBACK TO made');
      await client.query('DROP FUNCTION dc_touch() CASCADE');
      expect((await client.query("SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'dc_t'")).rows[0].n).toBe(0);
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE INDEX dc_name_trgm ON dc USING gin (name gin_trgm_ops)');
      await client.query('DROP EXTENSION pg_trgm CASCADE');
      expect((await client.query("SELECT to_regclass('dc_name_trgm') IS NULL AS gone")).rows[0].gone).toBe(true);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('DROP FUNCTION dc_touch() CASCADE;')).toEqual(['drop-cascade']);
    expect(rules('DROP EXTENSION pg_trgm CASCADE;')).toEqual(['drop-cascade']);
    expect(rules('DROP FUNCTION dc_touch();')).toEqual([]);
  });

  it('after a type is moved to another schema its columns still read, but SQL that names it without that schema fails', async () => {
    await client.query('BEGIN');
    try {
      await client.query("CREATE TYPE mv_st AS ENUM ('new'); CREATE TABLE mvt (s mv_st); INSERT INTO mvt VALUES ('new'); CREATE SCHEMA mv_s; ALTER TYPE mv_st SET SCHEMA mv_s");
      expect((await client.query('SELECT s::text AS s FROM mvt')).rows[0].s).toBe('new');
      await expect(client.query("SAVEPOINT a; SELECT 'new'::mv_st")).rejects.toThrow(/type "mv_st" does not exist/);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('ALTER TYPE mv_st SET SCHEMA mv_s;')).toContain('renaming-type');
  });

  it('after a type is renamed its columns still read, but SQL that names the old type fails', async () => {
    await client.query('BEGIN');
    try {
      await client.query("CREATE TABLE ty (s st); INSERT INTO ty VALUES ('new'); ALTER TYPE st RENAME TO st2");
      expect((await client.query('SELECT s::text AS s FROM ty')).rows[0].s).toBe('new');
      await expect(client.query("SAVEPOINT a; SELECT 'new'::st")).rejects.toThrow(/type "st" does not exist/);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('ALTER TYPE st RENAME TO st2;')).toContain('renaming-type');
  });

  it('ADD VALUE without BEFORE / AFTER sorts the value after every other', async () => {
    await client.query('BEGIN');
    try {
      await client.query("ALTER TYPE st ADD VALUE 'archived'");
      await client.query("ALTER TYPE st ADD VALUE 'refunded' AFTER 'paid'");
      const { rows } = await client.query("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) AS labels FROM pg_enum WHERE enumtypid = 'st'::regtype");
      expect(rows[0].labels).toBe('new,paid,refunded,archived');
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules("ALTER TYPE st ADD VALUE 'archived'")).toContain('enum-value-ordering');
    expect(rules("ALTER TYPE st ADD VALUE 'refunded' AFTER 'paid'")).toEqual([]);
  });

  it('without its primary key, a published table refuses UPDATE and DELETE', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE PUBLICATION lockstep_test_pub FOR TABLE t');
      await client.query('ALTER TABLE t DROP CONSTRAINT t_pkey');
      await expect(client.query('UPDATE t SET z = 2 WHERE id = 1')).rejects.toThrow(/does not have a replica identity/);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('ALTER TABLE t DROP CONSTRAINT t_pkey')).toContain('dropping-primary-key');
  });

  it('an unlogged table cannot be published, so a missing primary key does not break its replication', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE UNLOGGED TABLE buffer_u (line text)');
      await expect(client.query('CREATE PUBLICATION lockstep_test_pub_u FOR TABLE buffer_u')).rejects.toMatchObject({ message: 'cannot add relation "buffer_u" to publication', detail: expect.stringMatching(/unlogged tables/) });
    } finally {
      await client.query('ROLLBACK');
    }
    expect(allFindings('CREATE UNLOGGED TABLE buffer_u (line text);')).not.toContain('table-without-primary-key:info');
    expect(allFindings('CREATE TABLE buffer_l (line text);')).toContain('table-without-primary-key:info');
  });

  it('a scratch table the same migration drops again is gone when it ends, so no publication can hold it', async () => {
    const file = 'CREATE TABLE scratch_pk (id int);\nINSERT INTO scratch_pk SELECT 1;\nDROP TABLE scratch_pk;';
    await client.query('BEGIN');
    try {
      await client.query(file);
      expect((await client.query("SELECT to_regclass('scratch_pk') AS r")).rows[0].r).toBeNull();
      await client.query('CREATE TABLE kept_pk (id int)');
      expect((await client.query("SELECT to_regclass('kept_pk')::text AS r")).rows[0].r).toBe('kept_pk');
    } finally {
      await client.query('ROLLBACK');
    }
    expect(allFindings(file)).not.toContain('table-without-primary-key:info');
    expect(allFindings('CREATE TABLE kept_pk (id int);')).toContain('table-without-primary-key:info');
  });

  it('a DO block runs as one statement: CONCURRENTLY inside it fails, and its locks are held until it ends', async () => {
    await expect(client.query("DO $$ BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY t_z ON t (z)'; END $$")).rejects.toThrow(/cannot be executed from a function|cannot run inside a transaction block/);
    expect(lintSql("DO $$ BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY t_z ON t (z)'; END $$;", 'm.sql', { execution: 'autocommit' }).findings.map((f) => f.rule)).toContain('non-transactional-statement-in-transaction');
    const { locks } = await effect("DO $$ BEGIN ALTER TABLE t ADD COLUMN w int; UPDATE t SET w = 1 WHERE id = 1; END $$");
    expect(locks).toContain('AccessExclusiveLock');
  });

  it('a DO block that COMMITs is refused inside a transaction block and runs on its own: lint says so when the file runs in one, up runs it alone', async () => {
    const commits = 'DO $$ BEGIN UPDATE t SET z = z WHERE id = 1; COMMIT; END $$';
    await client.query('BEGIN');
    try {
      await expect(client.query(commits)).rejects.toMatchObject({ code: '2D000' });
    } finally {
      await client.query('ROLLBACK');
    }
    await client.query(commits); // on its own (autocommit): accepted
    const inTx = lintSql(`${commits};`, 'm.sql', { execution: 'transaction' }).findings.map((f) => f.rule);
    expect(inTx).toContain('non-transactional-statement-in-transaction');
    expect(lintSql(`${commits};`, 'm.sql', { execution: 'autocommit' }).findings.map((f) => f.rule)).not.toContain('non-transactional-statement-in-transaction');
    // The word alone (a message, a comment) is not transaction control.
    const says = "DO $$ BEGIN RAISE NOTICE 'commit later'; -- rollback\nEND $$";
    await client.query('BEGIN');
    try {
      await client.query(says);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(lintSql(`${says};`, 'm.sql', { execution: 'transaction' }).findings.map((f) => f.rule)).not.toContain('non-transactional-statement-in-transaction');
  });

  it('a query holding several statements is one implicit transaction block: CONCURRENTLY, VACUUM and a DO block that COMMITs fail in it, and run when sent alone', async () => {
    const refused: ReadonlyArray<readonly [string, string]> = [['CREATE INDEX CONCURRENTLY t_sq ON t (z)', '25001'], ['VACUUM t', '25001'], ['DO $$ BEGIN COMMIT; END $$', '2D000']];
    try {
      for (const [stmt, code] of refused) {
        await expect(client.query(`SELECT 1; ${stmt}`), stmt).rejects.toMatchObject({ code }); // one simple-query message, no BEGIN
        await client.query(stmt); // alone: accepted
      }
    } finally {
      await client.query('DROP INDEX IF EXISTS t_sq');
    }
    // A drizzle piece (or a goose/sql-migrate StatementBegin/End block) is sent as one query: the build in a piece
    // with an ALTER is refused, the VACUUM in a piece of its own is not.
    const sql = 'ALTER TABLE t ADD COLUMN sq int;\nCREATE INDEX CONCURRENTLY t_sq2 ON t (sq);\n--> statement-breakpoint\nVACUUM t;';
    const up = { kind: 'sql' as const, path: 'm.sql', sql, startLine: 1, explicitStatements: breakpointStatements(sql, 1).statements };
    const file: MigrationFile = { id: 'm', tool: 'drizzle', version: '', name: 'm', layout: 'single-file', paths: ['m.sql'], up, directives: { noTransaction: false, irreversible: false, lockFlag: false }, checksum: '' };
    const found = lintMigration(file).findings.filter((f) => f.rule === 'non-transactional-statement-in-transaction');
    expect(found.map((f) => f.line)).toEqual([2]);
    expect(found[0]?.message).toMatch(/sent in one query with other statements/);
  });

  it('a CALL of a procedure that COMMITs is refused inside a transaction block and runs on its own', async () => {
    await client.query("CREATE PROCEDURE commits_p() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET z = z WHERE id = 1; COMMIT; END $$");
    try {
      await client.query('BEGIN');
      try {
        await expect(client.query('CALL commits_p()')).rejects.toMatchObject({ code: '2D000' });
      } finally {
        await client.query('ROLLBACK');
      }
      await client.query('CALL commits_p()'); // on its own: accepted
    } finally {
      await client.query('DROP PROCEDURE commits_p()');
    }
    const file = "CREATE PROCEDURE commits_p() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET z = z WHERE id = 1; COMMIT; END $$;\nCALL commits_p();";
    expect(lintSql(file, 'm.sql', { execution: 'transaction' }).findings.map((f) => f.rule)).toContain('non-transactional-statement-in-transaction');
    expect(lintSql(file, 'm.sql', { execution: 'autocommit' }).findings.map((f) => f.rule)).not.toContain('non-transactional-statement-in-transaction');
  });

  it('a CALL of a committing procedure an earlier migration (or the database) creates: reported inside the file\'s own block, not when it runs alone', () => {
    const rules = (sql: string, known: ReadonlyMap<string, string>): string[] =>
      lintSql(sql, 'm.sql', { procedures: procedureScope([], known) }).findings.map((f) => f.rule);
    const known = new Map([['commits_p', 'created by migration 001']]);
    expect(rules('BEGIN;\nCALL commits_p();\nCOMMIT;', known)).toContain('non-transactional-statement-in-transaction');
    expect(rules('BEGIN;\nCALL commits_p();\nCOMMIT;', new Map())).not.toContain('non-transactional-statement-in-transaction');
    // alone, the migration runs outside a transaction: nothing to report
    expect(rules('CALL commits_p();', known)).not.toContain('non-transactional-statement-in-transaction');
    expect(rules('DO $$ BEGIN CALL commits_p(); END $$;', known)).not.toContain('non-transactional-statement-in-transaction');
  });

  it('an UPDATE with a broad WHERE locks every matching row until it commits', async () => {
    await client.query('BEGIN');
    try {
      await client.query('UPDATE t SET z = z + 1 WHERE z IS NOT NULL');
      const other = await db.client('other');
      await other.query("SET lock_timeout = '100ms'");
      await expect(other.query('UPDATE t SET z = 0 WHERE id = 777')).rejects.toThrow(/lock timeout/);
      await other.end();
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('UPDATE t SET z = z + 1 WHERE z IS NOT NULL')).toContain('unbatched-backfill');
  });

  it('a name over 63 bytes is truncated in every statement: a DROP by the long name finds it, another long name with the same 63 bytes collides', async () => {
    const long = 'idx_post_aggregates_featured_community_newest_comment_time_necro';
    expect(Buffer.byteLength(long)).toBe(64);
    await client.query('BEGIN');
    try {
      await client.query(`CREATE INDEX ${long} ON t (z)`);
      const { rows } = await client.query("SELECT relname FROM pg_class WHERE relname LIKE 'idx_post_aggregates%'");
      expect(rows).toEqual([{ relname: long.slice(0, 63) }]);
      await client.query(`DROP INDEX ${long}`);
      await client.query(`CREATE INDEX ${long} ON t (z)`);
      await expect(client.query(`CREATE INDEX ${long.slice(0, 63)}x ON t (id)`)).rejects.toThrow(/already exists/);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules(`DROP INDEX ${long};`)).not.toContain('identifier-too-long');
    expect(rules(`CREATE INDEX ${long} ON t (z);`)).toContain('identifier-too-long');
  });

  it('a table renamed, then its varchar widened in the same transaction: no new lock to wait for, no scan, no rewrite; shortened, a rewrite', async () => {
    await client.query("CREATE TABLE targets (id bigint PRIMARY KEY, url varchar(64)); INSERT INTO targets SELECT g, 'https://x' FROM generate_series(1, 1000) g");
    try {
      await client.query('BEGIN');
      try {
        const node = async (): Promise<string> => (await client.query("SELECT pg_relation_filenode('registry') AS f")).rows[0].f;
        await client.query('ALTER TABLE targets RENAME TO registry');
        const before = await node();
        const scans = Number((await client.query("SELECT pg_stat_get_xact_numscans('registry'::regclass) AS n")).rows[0].n);
        await client.query('ALTER TABLE registry ALTER COLUMN url TYPE varchar(256)');
        expect(await node()).toBe(before);
        expect(Number((await client.query("SELECT pg_stat_get_xact_numscans('registry'::regclass) AS n")).rows[0].n)).toBe(scans);
        // The one relation, locked once, ACCESS EXCLUSIVE since the rename.
        const { rows } = await client.query("SELECT mode FROM pg_locks WHERE relation = 'registry'::regclass AND pid = pg_backend_pid()");
        expect(rows).toEqual([{ mode: 'AccessExclusiveLock' }]);
        await client.query('ALTER TABLE registry ALTER COLUMN url TYPE varchar(100)');
        expect(await node()).not.toBe(before);
      } finally {
        await client.query('ROLLBACK');
      }
    } finally {
      await client.query('DROP TABLE targets');
    }
    // What lint says of it, with the old type from an earlier migration: test/locks/column-types.test.ts (harbor's 0004).
  });

  it('DROP INDEX takes ACCESS EXCLUSIVE on the index\'s table: what runs after it in the transaction keeps the table locked', async () => {
    await client.query('CREATE INDEX t_z_audit_idx ON t (z)');
    try {
      expect(await effect('DROP INDEX t_z_audit_idx')).toEqual({ locks: ['AccessExclusiveLock'], scans: 0 });
    } finally {
      await client.query('DROP INDEX t_z_audit_idx');
    }
    const f = lintSql('BEGIN;\nDROP INDEX t_z_audit_idx;\nCREATE INDEX t_z_audit_idx ON t (z, id);\nCOMMIT;', 'm.sql', { runnerSetsTimeouts: true, execution: 'autocommit' }).findings.find((x) => x.rule === 'statements-after-access-exclusive');
    expect(f?.message).toContain('runs while the table of index "t_z_audit_idx" is still locked ACCESS EXCLUSIVE (taken at line 2 by DROP INDEX)');
  });

  it('an index with a declared sort order serves its ORDER BY ... LIMIT without a sort; with the last column moved to INCLUDE, a sort comes back', async () => {
    const query = 'EXPLAIN (COSTS OFF) SELECT * FROM feed WHERE a = 1 ORDER BY b DESC, c DESC, d DESC LIMIT 20';
    const plan = async (): Promise<string> => (await client.query(query)).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    await client.query('BEGIN');
    try {
      await client.query('CREATE TABLE feed (a int, b int, c int, d int); INSERT INTO feed SELECT g % 10, g % 7, g % 13, g FROM generate_series(1, 20000) g; ANALYZE feed');
      await client.query('SET LOCAL enable_seqscan = off');
      const wide = 'CREATE INDEX feed_wide ON feed (a, b DESC, c DESC, d DESC)';
      await client.query(wide);
      expect(await plan()).toMatch(/Scan using feed_wide/);
      expect(await plan()).not.toMatch(/Sort/);
      await client.query('DROP INDEX feed_wide');
      await client.query('CREATE INDEX feed_narrow ON feed (a, b DESC, c DESC) INCLUDE (d)');
      expect(await plan()).toMatch(/Sort/);
      expect(rules(`${wide};`)).not.toContain('index-too-many-columns');
      expect(rules('CREATE INDEX feed_wide ON feed (a, b, c, d);')).toContain('index-too-many-columns');
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it("an UPDATE of pg_index for one table's indexes writes their catalog rows only: none of the table's rows is locked", async () => {
    const sql = "UPDATE pg_index SET indisready = true WHERE indrelid = (SELECT oid FROM pg_class WHERE relname = 't')";
    await client.query('BEGIN');
    try {
      // One row per index of t (its primary key), whatever the number of rows of t (1,000).
      expect((await client.query(sql)).rowCount).toBe(1);
      const other = await db.client('other_catalog');
      await other.query("SET lock_timeout = '100ms'");
      await expect(other.query('UPDATE t SET z = z WHERE id = 777')).resolves.toMatchObject({ rowCount: 1 });
      await other.end();
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules(`${sql};`)).not.toContain('unbatched-backfill');
    expect(rules(`BEGIN;\nALTER TABLE t ADD COLUMN w int;\n${sql};\nCOMMIT;`)).not.toContain('backfill-in-schema-transaction');
    // The same WHERE on a table of the user's is a backfill.
    expect(rules(`BEGIN;\nALTER TABLE t ADD COLUMN w int;\nUPDATE t SET w = 1 WHERE z = (SELECT 1);\nCOMMIT;`)).toContain('backfill-in-schema-transaction');
  });

  it('a DELETE with a broad WHERE locks every matching row until it commits; one pinned by its key locks that row only', async () => {
    const other = await db.client('other');
    try {
      await other.query("SET lock_timeout = '100ms'");
      await client.query('BEGIN');
      try {
        await client.query('DELETE FROM t WHERE z > 500');
        await expect(other.query('UPDATE t SET z = 0 WHERE id = 777')).rejects.toThrow(/lock timeout/);
      } finally {
        await client.query('ROLLBACK');
      }
      await client.query('BEGIN');
      try {
        await client.query('DELETE FROM t WHERE id = 3');
        await other.query('UPDATE t SET z = z WHERE id = 777');
      } finally {
        await client.query('ROLLBACK');
      }
    } finally {
      await other.end();
    }
    expect(rules('DELETE FROM t WHERE z > 500')).toContain('unbatched-backfill');
    expect(rules('DELETE FROM t WHERE id = 3')).not.toContain('unbatched-backfill');
  });

  it('DROP IDENTITY leaves the column NOT NULL without a default: an INSERT that leaves it out fails', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE TABLE t_idd (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v int)');
      await client.query('INSERT INTO t_idd (v) VALUES (1)');
      await client.query('ALTER TABLE t_idd ALTER COLUMN id DROP IDENTITY');
      await expect(client.query('INSERT INTO t_idd (v) VALUES (2)')).rejects.toThrow(/null value in column "id"/);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('ALTER TABLE t_idd ALTER COLUMN id DROP IDENTITY;')).toContain('dropping-identity');
  });

  it('a DELETE in a WITH runs in full and locks every row it deletes, whatever reads it', async () => {
    const moved = 'WITH moved AS (DELETE FROM t WHERE z > 500 RETURNING *) SELECT count(*) AS n FROM (SELECT 1 FROM moved LIMIT 1) one';
    const other = await db.client('other');
    try {
      await other.query("SET lock_timeout = '100ms'");
      await client.query('BEGIN');
      try {
        expect(Number((await client.query(moved)).rows[0].n)).toBe(1);
        await expect(other.query('UPDATE t SET z = 0 WHERE id = 777')).rejects.toThrow(/lock timeout/);
      } finally {
        await client.query('ROLLBACK');
      }
    } finally {
      await other.end();
    }
    expect(rules(`${moved};`)).toContain('unbatched-backfill');
  });

  it('the first ids of a key (id <= 50) are a batch: those rows locked, no others; an identity starts at 1', async () => {
    const other = await db.client('other');
    try {
      await other.query("SET lock_timeout = '100ms'");
      await client.query('BEGIN');
      try {
        expect((await client.query('UPDATE t SET z = z WHERE id <= 50')).rowCount).toBe(50);
        await other.query('UPDATE t SET z = z WHERE id = 777');
        await expect(other.query('UPDATE t SET z = 0 WHERE id = 50')).rejects.toThrow(/lock timeout/);
        await client.query('CREATE TABLE t_ident (id bigint GENERATED ALWAYS AS IDENTITY, v int); INSERT INTO t_ident (v) VALUES (1)');
        expect(Number((await client.query('SELECT min(id) AS m FROM t_ident')).rows[0].m)).toBe(1);
      } finally {
        await client.query('ROLLBACK');
      }
    } finally {
      await other.end();
    }
    expect(rules('UPDATE t SET z = z WHERE id <= 50')).not.toContain('unbatched-backfill');
    expect(rules('UPDATE t SET z = z WHERE id >= 50')).toContain('unbatched-backfill');
  });

  it('MERGE locks every row its source matches until it commits; one of a few constant rows by key, those rows only', async () => {
    const broad = 'MERGE INTO t USING (SELECT id, count(*) AS n FROM t GROUP BY id) s ON t.id = s.id WHEN MATCHED THEN UPDATE SET z = t.z + 0';
    const few = 'MERGE INTO t USING (VALUES (11), (12)) AS v (id) ON t.id = v.id WHEN MATCHED THEN UPDATE SET z = t.z + 0';
    const other = await db.client('other');
    try {
      await other.query("SET lock_timeout = '100ms'");
      for (const [sql, locked] of [[broad, true], [few, false]] as const) {
        await client.query('BEGIN');
        try {
          await client.query(sql);
          const update = other.query('UPDATE t SET z = z WHERE id = 777');
          await (locked ? expect(update).rejects.toThrow(/lock timeout/) : update);
        } finally {
          await client.query('ROLLBACK');
        }
      }
    } finally {
      await other.end();
    }
    expect(rules(broad)).toContain('unbatched-backfill');
    expect(rules(few)).not.toContain('unbatched-backfill');
  });

  it('an UPDATE joined by key to a mapping table of constant rows writes and locks those rows only', async () => {
    const fix = "CREATE TEMP TABLE fix (k bigint PRIMARY KEY, z int);\nINSERT INTO fix VALUES (11, 0), (12, 0), (13, 0);\nUPDATE t SET z = f.z FROM fix f WHERE f.k = t.id";
    const other = await db.client('other');
    try {
      await other.query("SET lock_timeout = '100ms'");
      await client.query('BEGIN');
      try {
        const results = (await client.query(fix)) as unknown as pg.QueryResult[];
        expect(results.at(-1)?.rowCount).toBe(3);
        await other.query('UPDATE t SET z = z WHERE id = 777');
        await expect(other.query('UPDATE t SET z = 0 WHERE id = 12')).rejects.toThrow(/lock timeout/);
      } finally {
        await client.query('ROLLBACK');
      }
    } finally {
      await other.end();
    }
    expect(rules(`${fix};`)).not.toContain('unbatched-backfill');
    expect(rules(`${fix.replace('VALUES (11, 0), (12, 0), (13, 0)', 'SELECT id, 0 FROM t WHERE z > 10')};`)).toContain('unbatched-backfill');
  });

  it('EXPLAIN ANALYZE runs the UPDATE or DELETE it explains: every row written, scanned under ROW EXCLUSIVE', async () => {
    expect(await effect('EXPLAIN ANALYZE UPDATE t SET z = z')).toEqual({ locks: ['RowExclusiveLock'], scans: 1 });
    await client.query('BEGIN');
    try {
      await client.query('EXPLAIN ANALYZE UPDATE t SET z = -1');
      expect(Number((await client.query('SELECT count(*) AS n FROM t WHERE z = -1')).rows[0].n)).toBe(1000);
      await client.query('EXPLAIN (ANALYZE false) DELETE FROM t');
      expect(Number((await client.query('SELECT count(*) AS n FROM t')).rows[0].n)).toBe(1000);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('EXPLAIN ANALYZE UPDATE t SET z = z')).toContain('update-without-where');
    expect(rules('EXPLAIN ANALYZE DELETE FROM t')).toContain('delete-without-where');
    expect(rules('EXPLAIN (ANALYZE false) DELETE FROM t')).toEqual([]);
  });

  it('renaming an attribute of a composite type breaks the queries that read it from a column of that type', async () => {
    await client.query('BEGIN');
    try {
      await client.query("CREATE TYPE addr AS (street text, city text); CREATE TABLE ship (a addr); INSERT INTO ship VALUES (ROW('s', 'c'))");
      await client.query('ALTER TYPE addr RENAME ATTRIBUTE city TO town CASCADE');
      await expect(client.query('SELECT (a).city FROM ship')).rejects.toThrow(/column "city" not found/);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('ALTER TYPE addr RENAME ATTRIBUTE city TO town CASCADE;')).toContain('renaming-column');
  });

  it('DROP INDEX CONCURRENTLY drops one index per statement, without CASCADE', async () => {
    await client.query('CREATE INDEX t_z_a ON t (z); CREATE INDEX t_z_b ON t (z)');
    try {
      await expect(client.query('DROP INDEX CONCURRENTLY t_z_a, t_z_b')).rejects.toThrow(/does not support dropping multiple objects/);
      await expect(client.query('DROP INDEX CONCURRENTLY t_z_a CASCADE')).rejects.toThrow(/does not support CASCADE/);
    } finally {
      await client.query('DROP INDEX IF EXISTS t_z_a; DROP INDEX IF EXISTS t_z_b');
    }
    expect(rules('DROP INDEX CONCURRENTLY t_z_a, t_z_b;')).toContain('require-concurrent-index-drop');
    expect(rules('DROP INDEX CONCURRENTLY t_z_a CASCADE;')).toContain('require-concurrent-index-drop');
    expect(rules('DROP INDEX CONCURRENTLY t_z_a;')).toEqual([]);
  });

  it('a foreign key added to a table the migration created empty reads no row of the referenced table', async () => {
    const file = 'CREATE TABLE child (id bigint PRIMARY KEY, tid bigint NOT NULL); ALTER TABLE child ADD CONSTRAINT child_t_fk FOREIGN KEY (tid) REFERENCES t (id)';
    // The validation query takes ACCESS SHARE and ROW SHARE too; the strongest is SHARE ROW EXCLUSIVE, and no scan.
    expect(await effect(file)).toEqual({ locks: ['AccessShareLock', 'RowShareLock', 'ShareRowExclusiveLock'], scans: 0 });
    expect(rules(file.replace('; ', ';\n'))).toEqual([]);
    expect(lintSql(file.replace('; ', ';\n'), 'm.sql', { execution: 'autocommit' }).findings.map((f) => f.rule)).not.toContain('require-statement-timeout');
  });

  it('ADD COLUMN of a domain with constraints rewrites the table, default or not; of a domain without, it does not', async () => {
    const filenode = async (): Promise<number> => Number((await client.query("SELECT relfilenode AS f FROM pg_class WHERE relname = 't'")).rows[0].f);
    await client.query('BEGIN');
    try {
      await client.query("CREATE DOMAIN zip AS text CHECK (VALUE ~ '^[0-9]{5}$'); CREATE DOMAIN qty AS int NOT NULL DEFAULT 0; CREATE DOMAIN note AS text");
      const start = await filenode();
      await client.query('ALTER TABLE t ADD COLUMN n note');
      expect(await filenode()).toBe(start);
      await client.query('ALTER TABLE t ADD COLUMN z2 zip');
      const afterCheck = await filenode();
      expect(afterCheck).not.toBe(start);
      await client.query('ALTER TABLE t ADD COLUMN q qty');
      expect(await filenode()).not.toBe(afterCheck);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules("CREATE DOMAIN zip AS text CHECK (VALUE ~ '^[0-9]{5}$');\nALTER TABLE t ADD COLUMN z2 zip;")).toContain('adding-column-volatile-default');
    expect(rules('CREATE DOMAIN note AS text;\nALTER TABLE t ADD COLUMN n note;')).toEqual([]);
  });

  it('after LOCK TABLE a, b IN ACCESS EXCLUSIVE MODE, an ALTER TABLE of b takes no new lock', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE TABLE t2 (id int); COMMIT; BEGIN');
      await client.query('LOCK TABLE t, t2 IN ACCESS EXCLUSIVE MODE');
      const held = async (): Promise<string[]> => (await client.query("SELECT relation::regclass::text || ' ' || mode AS l FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND relation::regclass::text IN ('t', 't2') ORDER BY 1")).rows.map((r: { l: string }) => r.l);
      const before = await held();
      await client.query('ALTER TABLE t2 ADD COLUMN w int');
      expect(await held()).toEqual(before);
      expect(before).toEqual(['t AccessExclusiveLock', 't2 AccessExclusiveLock']);
    } finally {
      await client.query('ROLLBACK');
      await client.query('DROP TABLE IF EXISTS t2');
    }
    const file = "BEGIN;\nSET LOCAL lock_timeout = '100ms';\nLOCK TABLE t, t2 IN ACCESS EXCLUSIVE MODE;\nALTER TABLE t2 ADD COLUMN w int;\nCOMMIT;";
    expect(rules(file)).not.toContain('statements-after-access-exclusive');
    expect(rules(file)).not.toContain('lock-table');
  });

  it('holding ACCESS EXCLUSIVE, a wait for the next table\'s lock ends at lock_timeout, and the first table is free again', async () => {
    const other = await db.client('other');
    try {
      await client.query('CREATE TABLE t3 (id int)');
      await other.query('BEGIN');
      await other.query('SELECT * FROM t3'); // ACCESS SHARE on t3 until it commits: ALTER TABLE t3 must wait
      await client.query('BEGIN');
      try {
        await client.query("SET LOCAL lock_timeout = '100ms'");
        await client.query('ALTER TABLE t ADD COLUMN waits int');
        const start = Date.now();
        await expect(client.query('ALTER TABLE t3 ADD COLUMN waits int')).rejects.toThrow(/lock timeout/);
        expect(Date.now() - start).toBeLessThan(2000);
      } finally {
        await client.query('ROLLBACK');
      }
      // Rolled back: t is readable again while the other session still holds t3.
      await other.query("SET LOCAL lock_timeout = '100ms'");
      await other.query('SELECT count(*) FROM t');
    } finally {
      await other.query('ROLLBACK');
      await other.end();
      await client.query('DROP TABLE IF EXISTS t3');
    }
    // Run as psql runs it, with no lock_timeout, the wait (and the hold) has no end; under one, it ends at lock_timeout.
    const bare = 'BEGIN;\nALTER TABLE t ADD COLUMN waits int;\nALTER TABLE t3 ADD COLUMN waits int;\nCOMMIT;';
    const bounded = "BEGIN;\nSET LOCAL lock_timeout = '100ms';\nALTER TABLE t ADD COLUMN waits int;\nALTER TABLE t3 ADD COLUMN waits int;\nCOMMIT;";
    expect(rules(bare)).toContain('statements-after-access-exclusive');
    expect(rules(bounded)).not.toContain('statements-after-access-exclusive');
    // Lockstep's runner sets lock_timeout on every statement.
    expect(lintSql(bare, 'm.sql', { runnerSetsTimeouts: true }).findings.map((f) => f.rule)).not.toContain('statements-after-access-exclusive');
  });

  it('after LOCK TABLE t IN SHARE MODE, a SHARE UPDATE EXCLUSIVE statement still waits for another session\'s SHARE', async () => {
    const other = await db.client('other');
    try {
      await other.query('BEGIN');
      await other.query('LOCK TABLE t IN SHARE MODE');
      await client.query('BEGIN');
      try {
        await client.query("SET LOCAL lock_timeout = '100ms'");
        await client.query('LOCK TABLE t IN SHARE MODE'); // granted beside the other SHARE
        await expect(client.query('CREATE STATISTICS t_share_stats ON id, z FROM t')).rejects.toThrow(/lock timeout/);
      } finally {
        await client.query('ROLLBACK');
      }
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
    expect(rules("BEGIN;\nSET LOCAL lock_timeout = '100ms';\nLOCK TABLE t IN SHARE MODE;\nCREATE STATISTICS t_share_stats ON id, z FROM t;\nCOMMIT;")).toContain('lock-table');
  });

  it('after DROP VIEW or DROP SEQUENCE, the running code that reads the view or draws from the sequence fails', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE VIEW t_view AS SELECT id FROM t; CREATE SEQUENCE t_seq');
      await client.query('SAVEPOINT s');
      await client.query('DROP VIEW t_view; DROP SEQUENCE t_seq');
      await expect(client.query('SELECT id FROM t_view')).rejects.toThrow(/relation "t_view" does not exist/);
      await client.query('ROLLBACK TO SAVEPOINT s');
      await client.query('DROP SEQUENCE t_seq');
      await expect(client.query("SELECT nextval('t_seq')")).rejects.toThrow(/relation "t_seq" does not exist/);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('DROP VIEW t_view;')).toContain('dropping-table');
    expect(rules('DROP SEQUENCE t_seq;')).toContain('dropping-table');
  });

  it('two columns swapped by renames in one transaction: a reader of the old name waits, then reads the column that took it', async () => {
    await client.query('CREATE TABLE t_swap (id int, payload json, payload_v2 jsonb); INSERT INTO t_swap VALUES (1, \'{"a":1}\', \'{"a":2}\')');
    const reader = await db.client('reader');
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE t_swap RENAME COLUMN payload TO payload_json');
      await client.query('ALTER TABLE t_swap RENAME COLUMN payload_v2 TO payload');
      const read = reader.query("SELECT payload->>'a' AS a FROM t_swap WHERE id = 1");
      await new Promise((r) => setTimeout(r, 200));
      await client.query('COMMIT');
      expect((await read).rows[0].a).toBe('2');
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await reader.end();
      await client.query('DROP TABLE IF EXISTS t_swap');
    }
    // payload_v2 as the migration's own column (renaming an existing one breaks the code that writes it).
    const swap = 'ALTER TABLE t_swap ADD COLUMN payload_v2 jsonb;\nALTER TABLE t_swap RENAME COLUMN payload TO payload_json;\nALTER TABLE t_swap RENAME COLUMN payload_v2 TO payload;';
    expect(rules(`BEGIN;\n${swap}\nCOMMIT;`)).not.toContain('renaming-column');
    expect(allFindings(swap)).toContain('renaming-column:info');
  });

  it('two tables swapped by renames in one transaction: a reader of the old name reads the new table, but views and foreign keys stay with the old one', async () => {
    await client.query(`CREATE TABLE t_tswap (id int PRIMARY KEY); INSERT INTO t_tswap VALUES (1);
      CREATE VIEW t_tswap_v AS SELECT id FROM t_tswap; CREATE TABLE t_tswap_ref (id int REFERENCES t_tswap);
      CREATE TABLE t_tswap_new (LIKE t_tswap INCLUDING ALL); INSERT INTO t_tswap_new VALUES (1), (2);
      CREATE TABLE t_tswap_as AS SELECT * FROM t_tswap`);
    const reader = await db.client('reader');
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE t_tswap RENAME TO t_tswap_old');
      await client.query('ALTER TABLE t_tswap_new RENAME TO t_tswap');
      const read = reader.query('SELECT count(*)::int AS n FROM t_tswap');
      await new Promise((r) => setTimeout(r, 200));
      await client.query('COMMIT');
      // The reader resolved the name again once it had the lock: the swapped-in table's two rows.
      expect((await read).rows[0].n).toBe(2);
      // The view and the other table's foreign key hold the old table's oid: they follow it, not the name.
      expect((await client.query('SELECT count(*)::int AS n FROM t_tswap_v')).rows[0].n).toBe(1);
      expect((await client.query("SELECT confrelid::regclass::text AS t FROM pg_constraint WHERE conrelid = 't_tswap_ref'::regclass AND contype = 'f'")).rows[0].t).toBe('t_tswap_old');
      // CREATE TABLE … AS copies no key, NOT NULL, default or index.
      const bare = await client.query("SELECT (SELECT count(*)::int FROM pg_constraint WHERE conrelid = 't_tswap_as'::regclass) AS constraints, (SELECT count(*)::int FROM pg_index WHERE indrelid = 't_tswap_as'::regclass) AS indexes, (SELECT bool_or(attnotnull) FROM pg_attribute WHERE attrelid = 't_tswap_as'::regclass AND attnum > 0) AS notnull");
      expect(bare.rows[0]).toEqual({ constraints: 0, indexes: 0, notnull: false });
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await reader.end();
      await client.query('DROP VIEW IF EXISTS t_tswap_v; DROP TABLE IF EXISTS t_tswap_ref, t_tswap, t_tswap_old, t_tswap_new, t_tswap_as');
    }
    const swap = 'CREATE TABLE accounts_new (LIKE accounts INCLUDING ALL);\nINSERT INTO accounts_new SELECT * FROM accounts;\nBEGIN;\nALTER TABLE accounts RENAME TO accounts_old;\nALTER TABLE accounts_new RENAME TO accounts;\nCOMMIT;';
    const message = (sql: string): string => lintSql(sql, 'm.sql', { runnerSetsTimeouts: true, execution: 'autocommit' }).findings.find((f) => f.rule === 'renaming-table')?.message ?? '';
    expect(message(swap)).toMatch(/swapped with "accounts_new".*views, other tables' foreign keys.*stays with "accounts_old"$/);
    expect(message(swap.replace('CREATE TABLE accounts_new (LIKE accounts INCLUDING ALL);\nINSERT INTO accounts_new SELECT * FROM accounts;', 'CREATE TABLE accounts_new AS SELECT * FROM accounts;'))).toMatch(/CREATE TABLE … AS gave "accounts_new" none of its primary key/);
    expect(message(swap.replace('BEGIN;\n', '').replace('\nCOMMIT;', ''))).toMatch(/commit apart, so queries that name it in between fail/);
    // Never filled: the plain rename message (the running code would find no rows).
    expect(message(swap.replace('INSERT INTO accounts_new SELECT * FROM accounts;\n', ''))).toMatch(/^Renaming "accounts" to "accounts_old" breaks/);
  });

  it('a view dropped and created again in one transaction: a reader waits for it, then reads the new view', async () => {
    await client.query('CREATE VIEW t_again AS SELECT id FROM t');
    const reader = await db.client('reader');
    try {
      await client.query('BEGIN');
      await client.query('DROP VIEW t_again');
      await client.query('CREATE VIEW t_again AS SELECT id, z FROM t');
      const read = reader.query('SELECT * FROM t_again WHERE id = 1');
      await new Promise((r) => setTimeout(r, 200));
      await client.query('COMMIT');
      expect((await read).fields.map((f) => f.name)).toEqual(['id', 'z']);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await reader.end();
      await client.query('DROP VIEW IF EXISTS t_again');
    }
    expect(rules('BEGIN;\nDROP VIEW t_again;\nCREATE VIEW t_again AS SELECT id, z FROM t;\nCOMMIT;')).not.toContain('dropping-table');
    expect(rules('DROP VIEW t_again;\nCREATE VIEW t_again AS SELECT id, z FROM t;')).not.toContain('dropping-table');
    expect(allFindings('DROP VIEW t_again;\nCREATE VIEW t_again AS SELECT id, z FROM t;')).toContain('dropping-table:info');
  });

  it('DISABLE TRIGGER ALL switches off the foreign key checks; DISABLE TRIGGER USER does not', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE TABLE child (id int, tid bigint REFERENCES t (id))');
      await client.query('SAVEPOINT s');
      await client.query('ALTER TABLE child DISABLE TRIGGER USER');
      await expect(client.query('INSERT INTO child VALUES (1, 999999)')).rejects.toThrow(/violates foreign key constraint/);
      await client.query('ROLLBACK TO SAVEPOINT s');
      await client.query('ALTER TABLE child DISABLE TRIGGER ALL');
      await client.query('INSERT INTO child VALUES (1, 999999)');
      await client.query('ALTER TABLE child ENABLE TRIGGER ALL');
      expect(Number((await client.query('SELECT count(*) AS n FROM child WHERE tid = 999999')).rows[0].n)).toBe(1);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules('ALTER TABLE child DISABLE TRIGGER ALL;')).toContain('disabling-triggers');
    expect(rules('ALTER TABLE child DISABLE TRIGGER USER;')).toEqual([]);
  });

  it('a value added to an enum type created in the same transaction: refused on 15 and 16, usable from 17', async () => {
    const steps = ["CREATE TYPE ts_probe AS ENUM ('open')", "ALTER TYPE ts_probe ADD VALUE 'held'", "SELECT 'held'::ts_probe::text AS v"];
    const run = async (query: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }>, exec: (sql: string) => Promise<unknown>): Promise<string> => {
      await exec('BEGIN');
      try {
        for (const sql of steps.slice(0, -1)) await exec(sql);
        return String((await query(steps.at(-1) as string)).rows[0]?.v);
      } catch (err) {
        return (err as Error).message;
      } finally {
        await exec('ROLLBACK');
      }
    };
    expect(await run((sql) => client.query(sql), (sql) => client.query(sql))).toMatch(/unsafe use of new value "held"/);
    // Other majors through Lockstep's own shadow servers (binaries from npm, as test/shadow/shadow.test.ts does), where they can be had.
    for (const [version, expected] of [[160000, /unsafe use of new value "held"/], [170000, /^held$/]] as const) {
      const shadow = await openShadow({ targetVersion: version, resolveFrom: [] });
      try {
        if (shadow.kind !== 'local') continue;
        const session = await shadow.db.connect('lockstep test');
        try {
          expect(await run((sql) => session.query(sql), (sql) => session.exec(sql))).toMatch(expected);
        } finally {
          await session.release();
        }
      } finally {
        await shadow.dispose();
      }
    }
    const sql = "CREATE TYPE ts_probe AS ENUM ('open');\nALTER TYPE ts_probe ADD VALUE 'held';\nCREATE TABLE ts_t (s ts_probe DEFAULT 'held');";
    const at = (pgVersion: number): string[] => lintSql(sql, 'm.sql', { runnerSetsTimeouts: true, pgVersion }).findings.map((f) => f.rule);
    expect(at(15)).toContain('enum-value-used-in-same-transaction');
    expect(at(16)).toContain('enum-value-used-in-same-transaction');
    expect(at(17)).not.toContain('enum-value-used-in-same-transaction');
  }, 300_000);

  it('session_replication_role = replica: an orphan row goes in and a BEFORE INSERT trigger does not fire; under origin both apply', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE TABLE child (id int, tid bigint REFERENCES t (id), touched boolean)');
      await client.query("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched := true; RETURN NEW; END $$");
      await client.query('CREATE TRIGGER child_touch BEFORE INSERT ON child FOR EACH ROW EXECUTE FUNCTION touch()');
      await client.query('SAVEPOINT s');
      await expect(client.query('INSERT INTO child VALUES (1, 999999)')).rejects.toThrow(/violates foreign key constraint/);
      await client.query('ROLLBACK TO SAVEPOINT s');
      await client.query('INSERT INTO child VALUES (2, 1)');
      // local fires ordinary triggers (the foreign key's too), as origin does.
      await client.query('SAVEPOINT l');
      await client.query('SET LOCAL session_replication_role = local');
      await expect(client.query('INSERT INTO child VALUES (3, 999999)')).rejects.toThrow(/violates foreign key constraint/);
      await client.query('ROLLBACK TO SAVEPOINT l');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query('INSERT INTO child VALUES (1, 999999)');
      const rows = (await client.query('SELECT id, touched FROM child ORDER BY id')).rows;
      expect(rows).toEqual([{ id: 1, touched: null }, { id: 2, touched: true }]);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules("SET session_replication_role = 'replica';\nINSERT INTO child VALUES (1, 999999);\nSET session_replication_role = 'origin';")).toContain('session-replication-role');
    expect(rules("SET session_replication_role = 'replica';\nALTER TABLE child ADD COLUMN note text;\nSET session_replication_role = 'origin';\nINSERT INTO child VALUES (1, 1);")).not.toContain('session-replication-role');
  });

  it('ADD COLUMN with a STABLE or IMMUTABLE default does not rewrite; with a VOLATILE one it does', async () => {
    const filenode = async (): Promise<number> => Number((await client.query("SELECT relfilenode AS f FROM pg_class WHERE relname = 't'")).rows[0].f);
    const stable = ["d1 text DEFAULT to_char(now(), 'YYYY-MM-DD')", 'd2 bigint DEFAULT extract(epoch FROM now())::bigint', 'd3 int[] DEFAULT array_fill(0, ARRAY[3])', "d4 text DEFAULT lpad(replace(md5('x'), 'a', 'b'), 40, '0')"];
    await client.query('BEGIN');
    try {
      const start = await filenode();
      for (const col of stable) await client.query(`ALTER TABLE t ADD COLUMN ${col}`);
      expect(await filenode()).toBe(start);
      await client.query('ALTER TABLE t ADD COLUMN d5 text DEFAULT timeofday()');
      expect(await filenode()).not.toBe(start);
    } finally {
      await client.query('ROLLBACK');
    }
    for (const col of stable) expect(rules(`ALTER TABLE t ADD COLUMN ${col};`)).toEqual([]);
    expect(rules('ALTER TABLE t ADD COLUMN d5 text DEFAULT timeofday();')).toContain('adding-column-volatile-default');
  });

  it('a primary key dropped and replaced in one transaction: the published table takes UPDATE and DELETE again before commit', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE PUBLICATION lockstep_test_pub_swap FOR TABLE t');
      await client.query('CREATE UNIQUE INDEX t_id_new ON t (id)');
      await client.query('ALTER TABLE t DROP CONSTRAINT t_pkey');
      await client.query('ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_new');
      await client.query('UPDATE t SET z = 2 WHERE id = 1');
      const { rows } = await client.query("SELECT mode FROM pg_locks WHERE relation = 't'::regclass AND pid = pg_backend_pid() AND mode = 'AccessExclusiveLock'");
      expect(rows).toHaveLength(1);
    } finally {
      await client.query('ROLLBACK');
    }
    const swap = 'ALTER TABLE t DROP CONSTRAINT t_pkey;\nALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_new;';
    expect(rules(`BEGIN;\n${swap}\nCOMMIT;`)).not.toContain('dropping-primary-key');
    // Run as psql -f runs it, each statement commits: in between the table has no key.
    expect(rules(swap)).toContain('dropping-primary-key');
  });

  it('a primary key dropped and replaced by one ALTER TABLE: the published table takes UPDATE right after, the new key in place', async () => {
    const swap = 'ALTER TABLE t DROP CONSTRAINT t_pkey, ADD CONSTRAINT t_pkey PRIMARY KEY (id, z)';
    await client.query('BEGIN');
    try {
      await client.query('CREATE PUBLICATION lockstep_test_pub_swap1 FOR TABLE t');
      await client.query('ALTER TABLE t ALTER COLUMN z SET NOT NULL');
      await client.query(swap);
      await client.query('UPDATE t SET e = e WHERE id = 1');
      const { rows } = await client.query("SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'p'");
      expect(rows).toEqual([{ def: 'PRIMARY KEY (id, z)' }]);
      // The same drop without the new key: the published table refuses the UPDATE.
      await client.query('SAVEPOINT bare');
      await client.query('ALTER TABLE t DROP CONSTRAINT t_pkey');
      await expect(client.query('UPDATE t SET e = e WHERE id = 1')).rejects.toThrow(/does not have a replica identity/);
      await client.query('ROLLBACK TO SAVEPOINT bare');
    } finally {
      await client.query('ROLLBACK');
    }
    expect(rules(`${swap};`)).not.toContain('dropping-primary-key');
    expect(rules('ALTER TABLE t DROP CONSTRAINT t_pkey;')).toContain('dropping-primary-key');
  });

  it('a table whose key a later ALTER TABLE ONLY ... ADD CONSTRAINT ... PRIMARY KEY adds (pg_dump) replicates its updates', async () => {
    const file = 'CREATE TABLE dumped (id bigint NOT NULL, v int);\nALTER TABLE ONLY dumped ADD CONSTRAINT dumped_pkey PRIMARY KEY (id);';
    await client.query('BEGIN');
    try {
      await client.query(file);
      await client.query('INSERT INTO dumped VALUES (1, 1)');
      await client.query('CREATE PUBLICATION lockstep_test_pub_dump FOR TABLE dumped');
      await client.query('UPDATE dumped SET v = 2 WHERE id = 1');
    } finally {
      await client.query('ROLLBACK');
    }
    expect(allFindings(file)).not.toContain('table-without-primary-key:info');
    expect(allFindings('CREATE TABLE dumped (id bigint NOT NULL, v int);')).toContain('table-without-primary-key:info');
  });

  it('a table without a primary key: its CREATE TABLE locks no existing table, and UPDATE and DELETE on it work until a publication holds it', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE TABLE keyless (id bigint NOT NULL, v int)');
      const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND relation <> 'keyless'::regclass AND relation IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)");
      expect(rows[0].n).toBe(0);
      await client.query('INSERT INTO keyless VALUES (1, 1)');
      await client.query('UPDATE keyless SET v = 2 WHERE id = 1');
      await client.query('DELETE FROM keyless WHERE id = 1');
      await client.query('CREATE PUBLICATION lockstep_test_pub_keyless FOR TABLE keyless');
      await expect(client.query('UPDATE keyless SET v = 3')).rejects.toThrow(/does not have a replica identity/);
    } finally {
      await client.query('ROLLBACK');
    }
    // Whether a publication will hold the table is not in the migration: info, not a warning.
    expect(rules('CREATE TABLE keyless (id bigint NOT NULL, v int);')).toEqual([]);
    expect(allFindings('CREATE TABLE keyless (id bigint NOT NULL, v int);')).toEqual(['table-without-primary-key:info']);
  });

  it('SET NOT NULL of a column that is NOT NULL already scans nothing; of one added nullable, it scans the table', async () => {
    expect(await effect('ALTER TABLE t ALTER COLUMN id SET NOT NULL')).toEqual({ locks: ['AccessExclusiveLock'], scans: 0 });
    expect((await effect('ALTER TABLE t ADD COLUMN w int NOT NULL DEFAULT 0; ALTER TABLE t ALTER COLUMN w SET NOT NULL')).scans).toBe(0);
    expect((await effect('ALTER TABLE t ADD COLUMN w int DEFAULT 0; ALTER TABLE t ALTER COLUMN w SET NOT NULL')).scans).toBe(1);
    expect((await effect('ALTER TABLE t ADD COLUMN w int NOT NULL DEFAULT 0; ALTER TABLE t ALTER COLUMN w DROP NOT NULL; ALTER TABLE t ALTER COLUMN w SET NOT NULL')).scans).toBe(1);
    expect(rules('ALTER TABLE t ADD COLUMN w int NOT NULL DEFAULT 0;\nALTER TABLE t ALTER COLUMN w SET NOT NULL;')).not.toContain('setting-column-not-null');
    expect(rules('ALTER TABLE t ADD COLUMN w int DEFAULT 0;\nALTER TABLE t ALTER COLUMN w SET NOT NULL;')).toContain('setting-column-not-null');
    expect(rules('ALTER TABLE t ADD COLUMN w int NOT NULL DEFAULT 0;\nALTER TABLE t ALTER COLUMN w DROP NOT NULL;\nALTER TABLE t ALTER COLUMN w SET NOT NULL;')).toContain('setting-column-not-null');
  });

  it('a table created in an open transaction is invisible to every other session: none can hold or wait for a lock on it', async () => {
    const other = await db.client('other');
    try {
      await client.query('BEGIN');
      await client.query('CREATE TABLE fresh_in_tx (id int)');
      await other.query("SET lock_timeout = '100ms'");
      await expect(other.query('SELECT * FROM fresh_in_tx')).rejects.toThrow(/does not exist/);
      await expect(other.query('BEGIN; LOCK TABLE fresh_in_tx IN ACCESS SHARE MODE')).rejects.toThrow(/does not exist/);
      await other.query('ROLLBACK');
      const { rows } = await other.query("SELECT count(*)::int AS n FROM pg_class WHERE relname = 'fresh_in_tx'");
      expect(rows[0].n).toBe(0);
    } finally {
      await client.query('ROLLBACK');
      await other.end();
    }
    // So a write to it after an ACCESS EXCLUSIVE waits for nobody.
    expect(rules('BEGIN;\nCREATE TABLE fresh_in_tx (id int PRIMARY KEY, v int);\nALTER TABLE t ADD COLUMN fresh int;\nUPDATE fresh_in_tx SET v = 1 WHERE id = 1;\nCOMMIT;')).not.toContain('statements-after-access-exclusive');
  });

  it('SET LOCAL in a query holding several statements lasts to the end of that query (its implicit transaction block), and no further', async () => {
    const { rows } = await client.query("SET LOCAL lock_timeout = '1234ms'; SELECT current_setting('lock_timeout') AS v").then((r) => (Array.isArray(r) ? r[1] : r));
    expect(rows[0].v).toBe('1234ms');
    expect((await client.query("SELECT current_setting('lock_timeout') AS v")).rows[0].v).toBe('0');
    // A drizzle piece sends its statements in one query: the lock_timeout it sets LOCAL bounds the ALTER after it.
    const lint = (sql: string) => {
      const up = { kind: 'sql' as const, path: 'm.sql', sql, startLine: 1, explicitStatements: breakpointStatements(sql, 1).statements };
      const file: MigrationFile = { id: 'm', tool: 'drizzle', version: '', name: 'm', layout: 'single-file', paths: ['m.sql'], up, directives: { noTransaction: true, irreversible: false, lockFlag: false }, checksum: '' };
      return lintMigration(file, { execution: 'autocommit' }).findings.map((f) => f.rule);
    };
    expect(lint("SET LOCAL lock_timeout = '1s';\nALTER TABLE t ADD COLUMN lt int;\n--> statement-breakpoint\nSELECT 1;")).not.toContain('require-lock-timeout');
    expect(lint("SET LOCAL lock_timeout = '1s';\n--> statement-breakpoint\nALTER TABLE t ADD COLUMN lt int;")).toContain('require-lock-timeout');
  });

  it('REFRESH MATERIALIZED VIEW CONCURRENTLY needs a UNIQUE index on plain columns without WHERE, and a populated view', async () => {
    await client.query('BEGIN');
    try {
      await client.query('CREATE MATERIALIZED VIEW mv_counts AS SELECT z, count(*) AS n FROM t GROUP BY z');
      await client.query('SAVEPOINT a');
      await expect(client.query('REFRESH MATERIALIZED VIEW CONCURRENTLY mv_counts')).rejects.toThrow(/cannot refresh materialized view .* concurrently/);
      await client.query('ROLLBACK TO SAVEPOINT a');
      await client.query('CREATE UNIQUE INDEX mv_counts_partial ON mv_counts (z) WHERE n > 0');
      await expect(client.query('REFRESH MATERIALIZED VIEW CONCURRENTLY mv_counts')).rejects.toThrow(/cannot refresh materialized view .* concurrently/);
      await client.query('ROLLBACK TO SAVEPOINT a');
      await client.query('CREATE UNIQUE INDEX mv_counts_expr ON mv_counts ((z + 0))');
      await expect(client.query('REFRESH MATERIALIZED VIEW CONCURRENTLY mv_counts')).rejects.toThrow(/cannot refresh materialized view .* concurrently/);
      await client.query('ROLLBACK TO SAVEPOINT a');
      await client.query('CREATE UNIQUE INDEX mv_counts_z ON mv_counts (z)');
      await client.query('REFRESH MATERIALIZED VIEW CONCURRENTLY mv_counts');
      await client.query('CREATE MATERIALIZED VIEW mv_empty AS SELECT z, count(*) AS n FROM t GROUP BY z WITH NO DATA');
      await client.query('CREATE UNIQUE INDEX mv_empty_z ON mv_empty (z)');
      await client.query('SAVEPOINT b');
      await expect(client.query('REFRESH MATERIALIZED VIEW CONCURRENTLY mv_empty')).rejects.toThrow(/not populated/);
      await client.query('ROLLBACK TO SAVEPOINT b');
      await client.query('REFRESH MATERIALIZED VIEW mv_empty');
      await client.query('REFRESH MATERIALIZED VIEW CONCURRENTLY mv_empty');
    } finally {
      await client.query('ROLLBACK');
    }
    const view = 'CREATE MATERIALIZED VIEW mv_counts AS SELECT z, count(*) AS n FROM t GROUP BY z;\n';
    expect(rules(`${view}REFRESH MATERIALIZED VIEW CONCURRENTLY mv_counts;`)).toContain('concurrent-refresh-fails');
    expect(rules(`${view}CREATE UNIQUE INDEX mv_counts_partial ON mv_counts (z) WHERE n > 0;\nREFRESH MATERIALIZED VIEW CONCURRENTLY mv_counts;`)).toContain('concurrent-refresh-fails');
    expect(rules(`${view}CREATE UNIQUE INDEX mv_counts_z ON mv_counts (z);\nREFRESH MATERIALIZED VIEW CONCURRENTLY mv_counts;`)).not.toContain('concurrent-refresh-fails');
  });

  it('a table renamed with a view under its old name in the same transaction: code that names the old name reads and writes it', async () => {
    await client.query('CREATE TABLE renamed_src (id bigint PRIMARY KEY, v int)');
    const other = await db.client('other');
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE renamed_src RENAME TO renamed_dst');
      await client.query('CREATE VIEW renamed_src AS SELECT * FROM renamed_dst');
      await client.query('COMMIT');
      await other.query('INSERT INTO renamed_src VALUES (1, 1)');
      await other.query('UPDATE renamed_src SET v = 2 WHERE id = 1');
      expect((await other.query('SELECT v FROM renamed_dst WHERE id = 1')).rows[0].v).toBe(2);
    } finally {
      await other.end();
      await client.query('DROP VIEW IF EXISTS renamed_src; DROP TABLE IF EXISTS renamed_dst; DROP TABLE IF EXISTS renamed_src');
    }
    expect(rules('BEGIN;\nALTER TABLE renamed_src RENAME TO renamed_dst;\nCREATE VIEW renamed_src AS SELECT * FROM renamed_dst;\nCOMMIT;')).not.toContain('renaming-table');
    // In two transactions, queries that name it fail only in between: info.
    expect(allFindings('ALTER TABLE renamed_src RENAME TO renamed_dst;\nCREATE VIEW renamed_src AS SELECT * FROM renamed_dst;')).toContain('renaming-table:info');
  });

  it('a table moved to another schema is not found by its old name through search_path, unless a view keeps that name', async () => {
    await client.query('CREATE TABLE moved_t (id int); CREATE SCHEMA moved_s');
    try {
      await client.query('ALTER TABLE moved_t SET SCHEMA moved_s');
      await expect(client.query('SELECT * FROM moved_t')).rejects.toThrow(/does not exist/);
      await client.query('CREATE VIEW moved_t AS SELECT * FROM moved_s.moved_t');
      await client.query('INSERT INTO moved_t VALUES (1)');
      expect((await client.query('SELECT count(*)::int AS n FROM moved_s.moved_t')).rows[0].n).toBe(1);
    } finally {
      await client.query('DROP VIEW IF EXISTS moved_t; DROP SCHEMA moved_s CASCADE; DROP TABLE IF EXISTS moved_t');
    }
    expect(rules('ALTER TABLE moved_t SET SCHEMA moved_s;')).toContain('renaming-table');
    expect(rules('BEGIN;\nALTER TABLE moved_t SET SCHEMA moved_s;\nCREATE VIEW moved_t AS SELECT * FROM moved_s.moved_t;\nCOMMIT;')).not.toContain('renaming-table');
  });

  it('the batches of a loop in a DO block that does not COMMIT keep their row locks until the block\'s transaction ends', async () => {
    const other = await db.client('other');
    try {
      await client.query('BEGIN');
      await client.query('DO $$ DECLARE last_id bigint := 0; BEGIN WHILE last_id < 300 LOOP UPDATE t SET z = z WHERE id > last_id AND id <= last_id + 100; last_id := last_id + 100; END LOOP; END $$');
      // The DO block has ended; its first batch's rows are still locked: another session's update of one waits.
      await other.query("SET lock_timeout = '200ms'");
      await expect(other.query('UPDATE t SET z = z WHERE id = 1')).rejects.toThrow(/lock timeout/);
    } finally {
      await client.query('ROLLBACK');
      await other.end();
    }
    const loop = 'DO $$ DECLARE last_id bigint := 0; BEGIN WHILE last_id < 300 LOOP UPDATE t SET z = z WHERE id > last_id AND id <= last_id + 100; last_id := last_id + 100; END LOOP; END $$;';
    expect(rules(loop)).toContain('unbatched-backfill');
  });
});
