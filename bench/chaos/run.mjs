#!/usr/bin/env node
// bench/chaos/run.mjs — what a deploy does to a migration run, and whether the next `lockstep up` resolves it.
//
//   npm run bench:chaos                      # all three campaigns, then bench/RESULTS.md (section "chaos")
//   node bench/chaos/run.mjs --kill9 100 --terminate 20 --hung 5 [--rows 50000] [--seed 7] [--no-results]
//
// Loopback only (PostgreSQL at 127.0.0.1:5432, user postgres, trust auth; BENCH_PGURL overrides), bounded (one
// database per trial, dropped after it), repeatable (--seed fixes the random moments). Needs `npm run build` first.
//
// The migration set: 001 a table of --rows rows (default 50k) (transactional), 002 a log row (transactional), 003 three
// CREATE INDEX CONCURRENTLY without IF NOT EXISTS around a log row (no transaction), 004 a batched backfill,
// 005 a column and a log row (transactional).
// - kill9: `up` is killed with SIGKILL at a random moment within the length of a clean run, then `up` runs again.
// - terminate: the run's session is ended with pg_terminate_backend while it runs a migration's statement (the first one
//   seen running after a random moment from when the run connected, or during the backfill, the set's last long work,
//   when the run gets there first), then `up` runs again. The statement is seen and the session ended in one query,
//   so every terminate lands on a live migration session.
// - hung: a module whose up() locks a table and never settles; a writer waits behind it.
// Per trial it checks: the second `up` exits 0 (else a manual repair would be needed), every log row exactly once,
// every index valid and no INVALID one left, the backfill complete, no advisory lock or lockstep session left,
// `status` right after the kill never shows less done than the catalog has; for terminate, that the killed run
// exited non-zero with a LOCKSTEP_E_ code and no Node stack trace.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(REPO, 'dist/cli/main.js');
const BASE = process.env.BENCH_PGURL ?? 'postgres://postgres@127.0.0.1:5432';
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : dflt; };
const RUNS = { kill9: opt('kill9', 100), terminate: opt('terminate', 20), hung: opt('hung', 5) };
const ROWS = opt('rows', 50000);
const SEED = opt('seed', 7);
let seed = SEED;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const FILES = {
  '001_items.sql': `-- UP\nCREATE TABLE items (id int PRIMARY KEY, a int, b text, c int);\nINSERT INTO items SELECT g, g % 1000, 'name ' || g, NULL FROM generate_series(1, ${ROWS}) g;\nCREATE TABLE log (v text);\n-- DOWN\nDROP TABLE log;\nDROP TABLE items;\n`,
  '002_log.sql': `-- UP\nINSERT INTO log VALUES ('002');\n-- DOWN\nDELETE FROM log WHERE v = '002';\n`,
  '003_indexes.sql': `-- lockstep:no-transaction\n-- UP\nCREATE INDEX CONCURRENTLY items_a ON items (a);\nCREATE INDEX CONCURRENTLY items_lower_b ON items (lower(b));\nINSERT INTO log VALUES ('003');\nCREATE UNIQUE INDEX CONCURRENTLY items_a_id ON items (a, id);\n-- DOWN\nDROP INDEX CONCURRENTLY items_a_id;\nDROP INDEX CONCURRENTLY items_lower_b;\nDROP INDEX CONCURRENTLY items_a;\n`,
  '004_backfill.sql': `-- lockstep:no-transaction\n-- lockstep:backfill table=items set="c = a * 2" where="c IS NULL" batch-size=${Math.max(1, Math.floor(ROWS / 10))} pause=0ms\n-- UP\n\n-- DOWN\n-- nothing to undo\n`,
  '005_column.sql': `-- UP\nALTER TABLE items ADD COLUMN d int;\nINSERT INTO log VALUES ('005');\n-- DOWN\nALTER TABLE items DROP COLUMN d;\n`,
};
const INDEXES = ['items_a', 'items_lower_b', 'items_a_id'];

function dbUrl(name) { const u = new URL(BASE); u.pathname = `/${name}`; return u.toString(); }
async function admin(sql) { const c = new pg.Client({ connectionString: dbUrl('postgres') }); await c.connect(); try { return await c.query(sql); } finally { await c.end(); } }
async function withDb(name, fn) { const c = new pg.Client({ connectionString: dbUrl(name), application_name: 'chaos check' }); c.on('error', () => {}); await c.connect(); try { return await fn(c); } finally { await c.end(); } }

function project(files) {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-chaos-'));
  mkdirSync(join(root, 'migrations'));
  for (const [n, t] of Object.entries(files)) writeFileSync(join(root, 'migrations', n), t);
  return root;
}

function startUp(root, url, env = {}) {
  const child = spawn(process.execPath, [CLI, 'up', '--dir', join(root, 'migrations'), '--url', url, '--no-lint'], { cwd: root, env: { ...process.env, CI: '', NODE_ENV: '', ...env } });
  let out = '';
  child.stdout.on('data', (d) => (out += d)); child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((r) => child.on('close', (code, signal) => r({ code, signal, out })));
  return { child, exited };
}
function cli(root, url, cmd) {
  try { return { code: 0, out: execFileSync(process.execPath, [CLI, ...cmd, '--dir', join(root, 'migrations'), '--url', url], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) }; }
  catch (e) { return { code: e.status ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }; }
}

/** What the catalog shows of 003, statement by statement (leading ones only), and the invariants after a final up. */
async function catalogDone003(c) {
  const valid = async (n) => (await c.query('select indisvalid from pg_index where indexrelid = to_regclass($1)', [n])).rows[0]?.indisvalid === true;
  const logged = async (v) => Number((await c.query('select count(*) from log where v = $1', [v]).catch(() => ({ rows: [{ count: 0 }] }))).rows[0].count) > 0;
  const steps = [() => valid('items_a'), () => valid('items_lower_b'), () => logged('003'), () => valid('items_a_id')];
  let n = 0; for (const s of steps) { if (!(await s())) break; n++; }
  return n;
}
async function invariants(c) {
  const problems = [];
  const log = (await c.query('select v, count(*)::int as n from log group by v order by v')).rows;
  for (const v of ['002', '003', '005']) { const n = log.find((r) => r.v === v)?.n ?? 0; if (n !== 1) problems.push(`log ${v} x${n}`); }
  for (const i of INDEXES) if ((await c.query('select indisvalid from pg_index where indexrelid = to_regclass($1)', [`public.${i}`])).rows[0]?.indisvalid !== true) problems.push(`index ${i} not valid`);
  const invalid = (await c.query('select count(*)::int as n from pg_index where not indisvalid')).rows[0].n; if (invalid) problems.push(`${invalid} INVALID index(es)`);
  const left = (await c.query('select count(*)::int as n from items where c is distinct from a * 2')).rows[0].n; if (left) problems.push(`backfill: ${left} rows left`);
  const st = (await c.query("select count(*)::int as n from lockstep.migrations where status <> 'applied'")).rows[0].n; if (st) problems.push(`${st} not applied`);
  return { problems, duplicates: log.filter((r) => r.n > 1).length };
}
async function stuck(name) {
  return withDb(name, async (c) => (await c.query("select count(*)::int as n from pg_locks l join pg_stat_activity a using (pid) where a.datname = current_database() and (l.locktype = 'advisory' or a.application_name like 'lockstep %')")).rows[0].n);
}

async function trial(kind, i, cleanMs, root) {
  const name = `chaos_${kind}_${i}_${process.pid}`;
  await admin(`drop database if exists ${name} with (force)`); await admin(`create database ${name}`);
  const url = dbUrl(name);
  const r = { kind, i, atMs: 0, firstExit: null, coded: null, status: 'ok', repair: false, duplicates: 0, stuck: 0, problems: [] };
  try {
    const run = startUp(root, url);
    if (kind === 'terminate') {
      // From the moment the run's session exists (Node's start-up is no part of what is being tested).
      await withDb(name, async (c) => {
        for (let k = 0; k < 600 && run.child.exitCode === null; k++) {
          if ((await c.query("select 1 from pg_stat_activity where datname = current_database() and application_name = 'lockstep up'")).rowCount) return;
          await new Promise((res) => setTimeout(res, 20));
        }
      });
    }
    r.atMs = Math.round(random() * (kind === 'terminate' ? liveMs * 0.6 : cleanMs));
    if (kind === 'kill9') {
      await new Promise((res) => setTimeout(res, r.atMs));
      run.child.kill('SIGKILL');
    } else {
      r.target = await terminateMigrationStatement(name, run, r.atMs, Math.floor(random() * backfillPolls * 0.5));
    }
    const first = await run.exited;
    r.firstExit = first.signal ?? first.code;
    r.hit = kind === 'kill9' || first.code !== 0;
    if (kind === 'terminate' && first.code !== 0) r.coded = /LOCKSTEP_E_[A-Z_]+/.test(first.out) && !/Unhandled|node:internal|\n\s+at /.test(first.out);
    // status right after: never less done than the catalog shows
    const st = cli(root, url, ['status', '--json']);
    if (st.code === 0) {
      const m = JSON.parse(st.out).migrations?.find((x) => x.id?.startsWith('003'));
      const done = m?.state === 'applied' ? 4 : m?.state === 'partial' ? m.partial.done : 0;
      const seen = await withDb(name, catalogDone003);
      if (done < seen) r.status = `status ${done}/4, catalog ${seen}/4`;
    }
    await new Promise((res) => setTimeout(res, 200)); // an orphaned backend may take a moment to notice
    const again = cli(root, url, ['up', '--no-lint']);
    if (again.code !== 0) { r.repair = true; r.problems.push(`second up exit ${again.code}: ${again.out.split('\n').find((l) => l.includes('LOCKSTEP_E_')) ?? again.out.slice(0, 200)}`); }
    else {
      const inv = await withDb(name, invariants);
      r.duplicates = inv.duplicates; r.problems.push(...inv.problems);
      if (inv.problems.length) r.repair = true;
    }
    r.stuck = await stuck(name);
  } finally {
    await admin(`drop database if exists ${name} with (force)`).catch(() => {});
  }
  return r;
}

/**
 * A migration's own work in pg_stat_activity: the statements of FILES and the backfill's batches (which name `items`,
 * or insert into `log`), not the run's bookkeeping (the history in schema lockstep, the run lock, catalog reads).
 */
const MIGRATION_WORK = String.raw`(items|insert into log)`;
const IS_WORK = `state = 'active' and query ~* '${MIGRATION_WORK}' and query !~* 'lockstep\\.|pg_advisory|pg_catalog|pg_stat'`;
const OF_RUN = "datname = current_database() and application_name = 'lockstep up' and pid <> pg_backend_pid()";
const TERMINATE_LIVE = `select pg_terminate_backend(pid) as ok, query from pg_stat_activity where ${OF_RUN} and ${IS_WORK}`;
const WATCH_LIVE = `select (${IS_WORK}) as work, query from pg_stat_activity where ${OF_RUN}`;
const isBackfill = (row) => row.work && targetOf(row.query).startsWith('004');

/** Which migration a statement belongs to, for the report. */
function targetOf(query) {
  if (/CREATE TABLE items|generate_series/i.test(query)) return '001 (table and rows)';
  if (/'002'/.test(query)) return '002';
  if (/CREATE (UNIQUE )?INDEX CONCURRENTLY/i.test(query)) return '003 (index build)';
  if (/'003'/.test(query)) return '003 (log row)';
  if (/ADD COLUMN d|'005'/i.test(query)) return '005';
  // What is left on `items` is the backfill's: its batches, and the reads of its key range.
  return '004 (backfill)';
}

/**
 * Watches the run's session from now until it runs a migration's statement at or after `atMs`, and ends the session
 * in the same query that sees the statement. The backfill (004) is the last long work of the set: once it has been
 * seen in more than `skipBackfill` polls, the next statement seen is ended whatever `atMs` says, so a moment that a
 * faster run would have outlived still hits the backfill. Returns what the session was running, or undefined when
 * the run ended first.
 */
async function terminateMigrationStatement(name, run, atMs, skipBackfill) {
  const from = Date.now();
  let backfillSeen = 0;
  return withDb(name, async (c) => {
    while (run.child.exitCode === null) {
      if (Date.now() - from >= atMs || backfillSeen > skipBackfill) {
        const row = (await c.query(TERMINATE_LIVE)).rows.find((x) => x.ok);
        if (row) return targetOf(row.query);
      } else if ((await c.query(WATCH_LIVE)).rows.some(isBackfill)) {
        backfillSeen++;
      }
    }
    return undefined;
  });
}

async function hungTrial(i) {
  const name = `chaos_hung_${i}_${process.pid}`;
  await admin(`drop database if exists ${name} with (force)`); await admin(`create database ${name}`);
  const url = dbUrl(name);
  const root = project({ '001_hung.mjs': "export async function up(ctx) {\n  await ctx.exec('LOCK TABLE t IN ACCESS EXCLUSIVE MODE');\n  await new Promise(() => {});\n}\nexport async function down() {}\n" });
  try {
    await withDb(name, (c) => c.query('create table t (id int)'));
    const started = Date.now();
    const run = startUp(root, url, { LOCKSTEP_IDLE_IN_TRANSACTION_TIMEOUT: '2s' });
    const writer = withDb(name, async (c) => {
      for (let k = 0; k < 600; k++) { // until the module holds its lock (at most a minute)
        if ((await c.query("select 1 from pg_locks where relation = 't'::regclass and mode = 'AccessExclusiveLock' and granted")).rowCount) break;
        await new Promise((res) => setTimeout(res, 100));
      }
      const t = Date.now(); await c.query("set statement_timeout = '60s'"); await c.query('insert into t values (1)'); return Date.now() - t; });
    const first = await run.exited;
    const writerMs = await writer;
    return { i, exit: first.code, ms: Date.now() - started, writerMs, coded: /LOCKSTEP_E_MIGRATION_TIMEOUT/.test(first.out) && !/Unhandled|\n\s+at /.test(first.out), stuck: await stuck(name) };
  } finally {
    rmSync(root, { recursive: true, force: true });
    await admin(`drop database if exists ${name} with (force)`).catch(() => {});
  }
}

const started = new Date();
const load0 = loadavg()[0].toFixed(1);
const root = project(FILES);
// A clean run's length sets the window the random moments fall in.
await admin('drop database if exists chaos_clean with (force)'); await admin('create database chaos_clean');
const t0 = Date.now(); const cleanRun = startUp(root, dbUrl('chaos_clean'));
// From when the run's session connects until the last time it was seen running a migration's statement: the window
// a terminate's random moment falls in (after it, the run only records and ends).
let connectedAt;
let lastWorkAt;
let backfillPolls = 0; // polls that saw the backfill running
await withDb('chaos_clean', async (c) => {
  while (cleanRun.child.exitCode === null) {
    const seen = (await c.query(WATCH_LIVE)).rows;
    if (seen.length && connectedAt === undefined) connectedAt = Date.now();
    if (seen.some((x) => x.work)) lastWorkAt = Date.now();
    if (seen.some(isBackfill)) backfillPolls++;
  }
});
const clean = await cleanRun.exited; const cleanMs = Date.now() - t0; const liveMs = (lastWorkAt ?? t0) - (connectedAt ?? t0);
await admin('drop database if exists chaos_clean with (force)');
if (clean.code !== 0) { console.error(clean.out); process.exit(1); }
console.error(`clean run: ${cleanMs} ms, migration statements seen for ${liveMs} ms after it connected, the backfill in ${backfillPolls} polls`);
const results = [];
for (const kind of ['kill9', 'terminate']) for (let i = 0; i < RUNS[kind]; i++) {
  const r = await trial(kind, i, cleanMs, root); results.push(r);
  console.error(`${kind} #${i} at ${r.atMs}ms${r.target ? ` (${r.target})` : ''}: first ${r.firstExit}${r.coded === null ? '' : r.coded ? ' coded' : ' UNCODED'}${r.repair ? ` REPAIR ${r.problems.join('; ')}` : ''}${r.status !== 'ok' ? ` ${r.status}` : ''}${r.stuck ? ` stuck ${r.stuck}` : ''}`);
}
const hung = []; for (let i = 0; i < RUNS.hung; i++) { const h = await hungTrial(i); hung.push(h); console.error(`hung #${i}: exit ${h.exit} in ${h.ms} ms, writer waited ${h.writerMs} ms, ${h.coded ? 'coded' : 'UNCODED'}, stuck ${h.stuck}`); }
rmSync(root, { recursive: true, force: true });

const row = (kind) => {
  const rs = results.filter((r) => r.kind === kind); if (!rs.length) return undefined;
  const failedFirst = rs.filter((r) => r.coded !== null);
  const missed = rs.length - failedFirst.length;
  return `| ${kind} | ${rs.length} | ${rs.filter((r) => r.repair).length} | ${rs.reduce((s, r) => s + r.duplicates, 0)} | ${rs.filter((r) => r.stuck).length} | ${rs.filter((r) => r.status !== 'ok').length} | ${kind === 'terminate' ? `${failedFirst.filter((r) => r.coded).length}/${failedFirst.length}${missed ? ` (in the other ${missed} the terminate found no session of the run, which then exited 0)` : ''}` : 'n/a (SIGKILL)'} |`;
};
const terminates = results.filter((r) => r.kind === 'terminate');
const targets = Object.entries(terminates.reduce((m, r) => ({ ...m, [r.target ?? 'none (the run ended first)']: (m[r.target ?? 'none (the run ended first)'] ?? 0) + 1 }), {}))
  .sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => `${t} ×${n}`).join(', ');
const section = [
  '## Chaos: kill -9, pg_terminate_backend, a hung module (bench/chaos/run.mjs)',
  '',
  `Command: \`node bench/chaos/run.mjs --kill9 ${RUNS.kill9} --terminate ${RUNS.terminate} --hung ${RUNS.hung} --rows ${ROWS} --seed ${SEED}\`. ${started.toISOString()}, ${cpus().length} cores, load average ${load0} at the start, ${loadavg()[0].toFixed(1)} at the end; a clean run of the set took ${cleanMs} ms.`,
  '',
  '| campaign | runs | manual repairs needed | duplicated rows | stuck locks | status behind the catalog | coded errors |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  row('kill9'), row('terminate'),
  hung.length ? `| hung module (idleInTransactionTimeout 2s) | ${hung.length} | ${hung.filter((h) => h.exit === 0).length} | 0 | ${hung.filter((h) => h.stuck).length} | n/a | ${hung.filter((h) => h.coded).length}/${hung.length} (LOCKSTEP_E_MIGRATION_TIMEOUT); writer waited ${Math.min(...hung.map((h) => h.writerMs))}–${Math.max(...hung.map((h) => h.writerMs))} ms |` : undefined,
  '',
  ...(terminates.length ? [`Each terminate ended the run's session while it ran a migration's statement (seen in pg_stat_activity and ended in one query, at the first one seen at or after a random moment within the first 60 % of the ${liveMs} ms in which a clean run, once connected, runs migration statements, or, when the run reaches its backfill before that moment, after a random number of the ${backfillPolls} polls in which the clean run was seen backfilling): ${terminates.filter((r) => r.target).length} of ${terminates.length} hit one: ${targets}.`, ''] : []),
  'A manual repair is counted when the second `up` does not exit 0 or leaves the set wrong (a log row not exactly once, an index not valid, an INVALID index, backfill rows left, a migration not applied). Problems seen:',
  '',
  ...([...new Set(results.flatMap((r) => r.problems.map((p) => `- ${r.kind}: ${p}`)))].slice(0, 10)),
  ...(results.some((r) => r.problems.length) ? [] : ['- none']),
].filter((l) => l !== undefined).join('\n');
console.log(section);
if (!args.includes('--no-results')) execFileSync(process.execPath, [join(REPO, 'bench/lib/update-results.mjs'), join(REPO, 'bench/RESULTS.md'), 'chaos'], { input: section });
