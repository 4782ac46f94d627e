#!/usr/bin/env node
// Replays the evaluation migrations on a real PostgreSQL, statement by statement, and records what each one
// actually did to the tables that existed before its migration: the lock modes it took (transactional files
// only: the locks of an autocommitted statement are gone before we can look), whether it rewrote a table
// (relfilenode changed), how many sequential scans it ran on them, and whether it failed. The labels are
// written from PostgreSQL's documented behaviour; this is the check that the server agrees.
//   node bench/lint/eval/facts.mjs      (PostgreSQL on 127.0.0.1:5432, user postgres; PGHOST etc. override)
// Writes bench/lint/eval/FACTS.md and exits 1 if a statement labelled `fails` did not fail or vice versa.
// Tables hold a few rows, so this shows what happens, not how long it takes on a big table.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from '../../node_modules/pg/lib/index.js';
import { isNoTransaction, migrationFiles, statementsOf } from './statements.mjs';

const here = import.meta.dirname;
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
const labelOf = (file, line) => labels.find((l) => l.file === file && l.line === line);
const conn = { host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres' };
const dbName = `lockstep_eval_facts_${process.pid}`;

// Lock modes that block someone else's reads or writes (SHARE UPDATE EXCLUSIVE and weaker block only DDL/vacuum).
const BLOCKING = new Set(['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock']);

const admin = new pg.Client({ ...conn, database: 'postgres' });
await admin.connect();
const roleExisted = (await admin.query("SELECT 1 FROM pg_roles WHERE rolname = 'reporting'")).rowCount > 0;
await admin.query(`CREATE DATABASE ${dbName}`);
const db = new pg.Client({ ...conn, database: dbName });
try {
  await db.connect();
  await db.query(readFileSync(join(here, 'base-schema.sql'), 'utf8'));
  const rows = [];
  for (const file of migrationFiles()) rows.push(...(await replay(file)));
  const problems = report(rows);
  process.exitCode = problems ? 1 : 0;
} finally {
  await db.end();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  if (!roleExisted) await admin.query('DROP ROLE IF EXISTS reporting');
  await admin.end();
}

/** Relations (tables, partitioned tables, materialized views) outside the system schemas: oid -> {name, filenode}. */
async function relations() {
  const { rows } = await db.query(`SELECT c.oid::int AS oid, c.relname, c.relfilenode::int AS filenode,
      pg_stat_get_xact_numscans(c.oid)::int AS scans
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')`);
  return new Map(rows.map((r) => [r.oid, r]));
}

async function heldLocks() {
  const { rows } = await db.query(`SELECT relation::int AS oid, mode FROM pg_locks
    WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted`);
  return rows;
}

async function replay(file) {
  const noTx = isNoTransaction(file);
  const before = await relations();
  const out = [];
  if (!noTx) await db.query('BEGIN');
  let failed = false;
  for (const st of statementsOf(file)) {
    if (failed) {
      out.push({ file, st, skipped: true });
      continue;
    }
    const row = await runOne(file, st, before, noTx);
    out.push(row);
    if (row.error && !noTx) {
      await db.query('ROLLBACK');
      failed = true;
    }
  }
  if (!noTx && !failed) await db.query('COMMIT');
  return out;
}

async function runOne(file, st, existing, noTx) {
  const prev = await relations();
  const prevLocks = noTx ? [] : await heldLocks();
  let error;
  try {
    await db.query(st.text);
  } catch (e) {
    error = e.message;
  }
  if (error && !noTx) return { file, st, error, locks: [], rewritten: [], scanned: [] };
  const now = await relations();
  const locks = noTx ? [] : (await heldLocks()).filter((l) => existing.has(l.oid) && !prevLocks.some((p) => p.oid === l.oid && p.mode === l.mode));
  const held = noTx ? [] : (await heldLocks()).filter((l) => existing.has(l.oid) && BLOCKING.has(l.mode));
  const name = (oid) => existing.get(oid).relname;
  const rewritten = [...existing.keys()].filter((oid) => prev.has(oid) && now.has(oid) && prev.get(oid).filenode !== now.get(oid).filenode);
  const scanned = [...existing.keys()].filter((oid) => prev.has(oid) && now.has(oid) && now.get(oid).scans > prev.get(oid).scans);
  return {
    file, st, error,
    locks: locks.map((l) => `${l.mode.replace(/Lock$/, '')} ${name(l.oid)}`),
    rewritten: rewritten.map(name),
    scanned: scanned.map((oid) => `${name(oid)}${held.some((h) => h.oid === oid) ? ' (under a blocking lock)' : ''}`),
    dropped: [...existing.keys()].filter((oid) => prev.has(oid) && !now.has(oid)).map(name),
  };
}

function report(rows) {
  const problems = [];
  const lines = rows.map((r) => {
    const label = labelOf(r.file, r.st.startLine);
    if (!label) problems.push(`${r.file}:${r.st.startLine} has no label`);
    else if (Boolean(label.fails) !== Boolean(r.error)) {
      problems.push(`${r.file}:${r.st.startLine} ${r.error ? `failed (${r.error}) but is not labelled fails` : 'is labelled fails but succeeded'}`);
    }
    const what = r.skipped ? 'not run (earlier statement failed, file rolled back)'
      : r.error ? `ERROR: ${r.error}`
      : [r.locks.length ? `locks: ${r.locks.join(', ')}` : '', r.rewritten.length ? `REWRITE: ${r.rewritten.join(', ')}` : '',
        r.scanned.length ? `seq scan: ${r.scanned.join(', ')}` : '', r.dropped?.length ? `dropped: ${r.dropped.join(', ')}` : ''].filter(Boolean).join('; ');
    const tag = label ? (label.dangerous ? 'dangerous' : 'safe') : '?';
    return `| ${r.file}:${r.st.startLine} | ${tag} | ${r.st.text.replace(/\s+/g, ' ').slice(0, 70).replaceAll('|', '\\|')} | ${what.replaceAll('|', '\\|') || '—'} |`;
  });
  const md = `# What each evaluation statement did on PostgreSQL

Generated by \`node bench/lint/eval/facts.mjs\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC against ${process.env.PGHOST ?? '127.0.0.1'} (base schema: \`base-schema.sql\`, a few rows per table).
Only tables that existed before the statement's migration are listed. Locks are those newly held after the statement
(transactional migrations only; \`-- lockstep:no-transaction\` statements autocommit, so their locks cannot be seen here).
"REWRITE" = the table's relfilenode changed (TRUNCATE and VACUUM FULL also get a new file). "seq scan" counts scans the
statement ran (\`pg_stat_get_xact_numscans\`); "(under a blocking lock)" = the transaction held SHARE or stronger on that table.

| statement | label | SQL | what PostgreSQL did |
| --- | --- | --- | --- |
${lines.join('\n')}

${problems.length ? `Problems:\n\n${problems.map((p) => `- ${p}`).join('\n')}` : 'Every statement labelled `fails` failed, and no other statement did.'}
`;
  writeFileSync(join(here, 'FACTS.md'), md);
  console.log(problems.length ? problems.join('\n') : `ok: ${rows.length} statements replayed, failures match the labels`);
  return problems.length;
}
