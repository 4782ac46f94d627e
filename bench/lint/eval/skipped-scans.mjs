#!/usr/bin/env node
// Checks on a real PostgreSQL the scan facts that Lockstep's lint relies on to stay quiet (src/lint/analysis/):
// which ALTER TABLE forms validate a new column's foreign key, that a CHECK on a new column still scans, that
// SET NOT NULL skips its scan after a validated CHECK (col IS NOT NULL), and that REFRESH MATERIALIZED VIEW
// CONCURRENTLY lets reads go on. Each statement runs in a transaction that is rolled back; "scans" is
// pg_stat_get_xact_numscans on the altered table.
//   node bench/lint/eval/skipped-scans.mjs [rows]     (default 1,000,000 rows; PostgreSQL on 127.0.0.1:5432)
// Prints a table; exits 1 if a result differs from what the linter assumes. Uses its own scratch database.
import pg from '../../node_modules/pg/lib/index.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const conn = { host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres' };
const dbName = `lockstep_eval_scans_${process.pid}`;

/** [setup run first in the same transaction, statement measured, scans the linter assumes]. */
const CASES = [
  ['', 'ALTER TABLE c ADD COLUMN x bigint REFERENCES p (id)', 0],
  ['', 'ALTER TABLE c ADD COLUMN x bigint REFERENCES p (id), ADD COLUMN y int DEFAULT 0', 0],
  ['', 'ALTER TABLE c ADD COLUMN y int DEFAULT 0, ADD COLUMN x bigint REFERENCES p (id)', 0],
  ['', 'ALTER TABLE c ADD COLUMN x bigint DEFAULT NULL REFERENCES p (id)', 1],
  ['', 'ALTER TABLE c ADD COLUMN x bigint DEFAULT 5 REFERENCES p (id)', 1],
  ['', 'ALTER TABLE c ADD COLUMN x bigint, ADD CONSTRAINT fk FOREIGN KEY (x) REFERENCES p (id)', 1],
  ['', 'ALTER TABLE c ADD COLUMN x int CHECK (x > 0)', 1],
  ['', 'ALTER TABLE c ADD COLUMN x int DEFAULT NULL CHECK (x > 0)', 1],
  ['', 'ALTER TABLE c ALTER COLUMN v SET NOT NULL', 1],
  ['ALTER TABLE c ADD CONSTRAINT v_nn CHECK (v IS NOT NULL) NOT VALID', 'ALTER TABLE c ALTER COLUMN v SET NOT NULL', 1],
  ['ALTER TABLE c ADD CONSTRAINT v_nn CHECK (v IS NOT NULL) NOT VALID; ALTER TABLE c VALIDATE CONSTRAINT v_nn', 'ALTER TABLE c ALTER COLUMN v SET NOT NULL', 0],
  ['ALTER TABLE c ADD CONSTRAINT v_nn CHECK (v IS NOT NULL AND v > 0) NOT VALID; ALTER TABLE c VALIDATE CONSTRAINT v_nn', 'ALTER TABLE c ALTER COLUMN v SET NOT NULL', 0],
];

const admin = new pg.Client({ ...conn, database: 'postgres' });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const db = new pg.Client({ ...conn, database: dbName });
const reader = new pg.Client({ ...conn, database: dbName });
let wrong = 0;
try {
  await db.connect();
  await reader.connect();
  const { rows: [{ server_version: version }] } = await db.query('SHOW server_version');
  await db.query(`CREATE TABLE p (id bigint PRIMARY KEY); INSERT INTO p SELECT generate_series(1, 10);
    CREATE TABLE c (id bigint PRIMARY KEY, v int); INSERT INTO c SELECT g, g FROM generate_series(1, ${rows}) g; ANALYZE c;`);
  console.log(`PostgreSQL ${version}, table c: ${rows.toLocaleString('en')} rows\n`);
  console.log('| statement (after setup) | scans | ms | expected |\n| --- | ---: | ---: | --- |');
  for (const [setup, sql, expected] of CASES) {
    const { scans, ms } = await measure(setup, sql);
    if (scans !== expected) wrong++;
    console.log(`| ${setup ? `${setup}; ` : ''}\`${sql}\` | ${scans} | ${ms.toFixed(1)} | ${scans === expected ? 'ok' : `**${expected}**`} |`);
  }
  const readable = await readDuringConcurrentRefresh();
  if (!readable) wrong++;
  console.log(`\nREFRESH MATERIALIZED VIEW CONCURRENTLY held open: a SELECT from another session ${readable ? 'ran (reads go on)' : 'was blocked'}`);
} finally {
  await db.end();
  await reader.end();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
console.log(wrong ? `\n${wrong} result(s) differ from what the linter assumes` : '\nall as the linter assumes');
process.exitCode = wrong ? 1 : 0;

async function measure(setup, sql) {
  await db.query('BEGIN');
  try {
    if (setup) await db.query(setup);
    const before = await scansOfC();
    const t0 = process.hrtime.bigint();
    await db.query(sql);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return { scans: (await scansOfC()) - before, ms };
  } finally {
    await db.query('ROLLBACK');
  }
}

async function scansOfC() {
  const { rows: [r] } = await db.query("SELECT pg_stat_get_xact_numscans('c'::regclass)::int AS n");
  return r.n;
}

async function readDuringConcurrentRefresh() {
  await db.query('CREATE MATERIALIZED VIEW mv AS SELECT v % 100 AS k, count(*) AS n FROM c GROUP BY 1; CREATE UNIQUE INDEX ON mv (k)');
  await db.query('BEGIN');
  try {
    await db.query('REFRESH MATERIALIZED VIEW CONCURRENTLY mv');
    await reader.query("SET lock_timeout = '500ms'");
    await reader.query('SELECT count(*) FROM mv');
    return true;
  } catch {
    return false;
  } finally {
    await db.query('ROLLBACK');
  }
}
