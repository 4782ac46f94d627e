#!/usr/bin/env node
// Checks every fact cases.mjs declares against PostgreSQL: loads base-schema.sql (with rows) into a scratch
// database and runs each case, in a transaction that is rolled back (so every case starts from the same state),
// recording the strongest lock it holds on a pre-existing table, whether a pre-existing table or materialized view got
// a new relfilenode (rewrite), whether one was sequentially scanned (pg_stat_get_xact_numscans), and whether it failed.
// Cases that cannot run in a transaction block (CONCURRENTLY, VACUUM, a LOCK TABLE outside one) run on their own
// and are checked for failure and rewrite only, then undone by their cleanup.
//   node bench/lint/unseen/facts.mjs      (PostgreSQL on 127.0.0.1:5432, user postgres; PGHOST etc. override)
// Writes bench/lint/unseen/FACTS.md; exits 1 when any declared fact disagrees with the server.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from '../../node_modules/pg/lib/index.js';
import { CASES, labelOf } from './cases.mjs';

const here = import.meta.dirname;
const conn = { host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres' };
const dbName = `lockstep_unseen_facts_${process.pid}`;
const ABBREV = { AccessShareLock: 'AS', RowShareLock: 'RS', RowExclusiveLock: 'RE', ShareUpdateExclusiveLock: 'SUE', ShareLock: 'S', ShareRowExclusiveLock: 'SRE', ExclusiveLock: 'E', AccessExclusiveLock: 'AE' };
// A file that opens its own transaction, after comment lines only (as a Sqitch deploy script does), with BEGIN or
// START TRANSACTION (as EF Core's `dotnet ef migrations script` writes it).
const OWN_BLOCK = /^((?:\s*--[^\n]*\n)*)\s*(?:BEGIN|START TRANSACTION);/i;
const ORDER = ['', 'AS', 'RS', 'RE', 'SUE', 'S', 'SRE', 'E', 'AE'];

const admin = new pg.Client({ ...conn, database: 'postgres' });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const db = new pg.Client({ ...conn, database: dbName });
db.on('notice', () => undefined);
let problems = [];
const rows = [];
try {
  await db.connect();
  await db.query(readFileSync(join(here, 'base-schema.sql'), 'utf8'));
  const base = await relations();
  for (const c of CASES) rows.push({ c, measured: await runCase(c, base) });
  problems = rows.flatMap(({ c, measured }) => disagreements(c, measured).map((d) => `${c.id}: ${d} — ${c.sql.replace(/\s+/g, ' ').slice(0, 90)}`));
  writeReport();
} finally {
  await db.end();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query('DROP ROLE IF EXISTS h11b_reader');
  await admin.end();
}
console.log(problems.length ? problems.join('\n') : `ok: ${rows.length} cases, every declared fact agrees with PostgreSQL ${await serverVersion()}`);
process.exitCode = problems.length ? 1 : 0;

async function serverVersion() {
  const c = new pg.Client({ ...conn, database: 'postgres' });
  await c.connect();
  const v = (await c.query('SHOW server_version')).rows[0].server_version;
  await c.end();
  return v;
}

/** Tables, partitioned tables and materialized views: oid → { relname, filenode, scans }. */
async function relations() {
  const { rows: rs } = await db.query(`SELECT c.oid::int AS oid, c.relname, c.relfilenode::int AS filenode, pg_stat_get_xact_numscans(c.oid)::int AS scans
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = 'public'`);
  return new Map(rs.map((r) => [r.oid, r]));
}

/** Locks held on pre-existing tables, as "oid mode" entries. */
async function heldLocks(base) {
  const { rows: rs } = await db.query("SELECT relation::int AS oid, mode FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted");
  return new Set(rs.filter((r) => base.has(r.oid)).map((r) => `${r.oid} ${ABBREV[r.mode] ?? ''}`));
}

/** The strongest lock the statement took itself (held now, not before it: its migration's setup commits first). */
function strongestNew(before, after) {
  return [...after].filter((l) => !before.has(l)).map((l) => l.split(' ')[1]).reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), '');
}

function changes(base, before, after) {
  const rewritten = [];
  const scanned = [];
  for (const oid of base.keys()) {
    const b = before.get(oid);
    const a = after.get(oid);
    if (!b || !a) continue;
    if (a.filenode !== b.filenode) rewritten.push(a.relname);
    if (a.scans > b.scans) scanned.push(a.relname);
  }
  return { rewritten, scanned };
}

async function quiet(sql) {
  try {
    await db.query(sql);
  } catch {
    // cleanup of something the case did not create
  }
}

async function runCase(c, base) {
  const block = OWN_BLOCK.test(c.sql);
  const alone = !block && (c.noTx || c.inBlock === false);
  if (c.setupNoTx) for (const s of c.setup ?? []) await db.query(s);
  try {
    if (alone) {
      for (const s of c.setupNoTx ? [] : c.setup ?? []) await db.query(s);
      const before = await relations();
      let error;
      try {
        await db.query(c.sql);
      } catch (e) {
        error = e.message;
      }
      const { rewritten } = changes(base, before, await relations());
      return { mode: 'alone', error, rewritten };
    }
    await db.query('BEGIN');
    try {
      for (const s of c.setupNoTx ? [] : c.setup ?? []) await db.query(s);
      const before = await relations();
      const locksBefore = await heldLocks(base);
      let error;
      try {
        await db.query(block ? c.sql.replace(/;\s*COMMIT\s*;?\s*$/i, '').replace(OWN_BLOCK, '$1') : c.sql);
      } catch (e) {
        error = e.message;
      }
      if (error) return { mode: 'tx', error };
      const lock = strongestNew(locksBefore, await heldLocks(base));
      return { mode: 'tx', lock, ...changes(base, before, await relations()) };
    } finally {
      await db.query('ROLLBACK');
    }
  } finally {
    if (c.cleanup) await quiet(c.cleanup);
    if (c.cleanupAlways) await quiet(c.cleanupAlways);
  }
}

function disagreements(c, m) {
  const f = c.facts;
  const out = [];
  if (Boolean(m.error) !== f.fails) out.push(m.error ? `failed (${m.error}) but not declared fails` : 'declared fails but succeeded');
  if (m.error) return out;
  if (Boolean(m.rewritten?.length) !== f.rewrite) out.push(`rewrite: declared ${f.rewrite}, measured ${m.rewritten?.join(',') || 'none'}`);
  if (m.mode === 'tx') {
    if (Boolean(m.scanned?.length) !== f.scan) out.push(`scan: declared ${f.scan}, measured ${m.scanned?.join(',') || 'none'}`);
    if (m.lock !== f.lock) out.push(`lock: declared ${f.lock || 'none'}, measured ${m.lock || 'none'}`);
  }
  return out;
}

function writeReport() {
  const lines = rows.map(({ c, measured: m }) => {
    const what = m.error ? `ERROR: ${m.error}` : [m.lock ? `lock ${m.lock}` : '', m.rewritten?.length ? `REWRITE ${m.rewritten.join(', ')}` : '', m.scanned?.length ? `scan ${m.scanned.join(', ')}` : '', m.mode === 'alone' ? '(run alone: locks and scans not seen)' : ''].filter(Boolean).join('; ');
    return `| ${c.id} | ${labelOf(c) ? 'dangerous' : 'safe'} | ${c.sql.replace(/\s+/g, ' ').slice(0, 80).replaceAll('|', '\\|')} | ${(what || '—').replaceAll('|', '\\|')} |`;
  });
  writeFileSync(join(here, 'FACTS.md'), `# What each case did on PostgreSQL

Generated by \`node bench/lint/unseen/facts.mjs\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Each case ran on
\`base-schema.sql\` (a few thousand rows per table) in a transaction rolled back afterwards; "lock" is the strongest lock
held on a pre-existing table, "REWRITE" a new relfilenode, "scan" a sequential scan (pg_stat_get_xact_numscans).

| case | label | SQL | what PostgreSQL did |
| --- | --- | --- | --- |
${lines.join('\n')}

${problems.length ? `Disagreements with cases.mjs:\n\n${problems.map((p) => `- ${p}`).join('\n')}` : 'Every declared fact agrees with the server.'}
`);
}
