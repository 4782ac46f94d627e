#!/usr/bin/env node
// status-phases.mjs DIR URL [RUNS] — where `lockstep status` spends its time, phase by phase, using the
// built modules in dist/ the way src/api/status.ts strings them together. Each phase is timed RUNS times
// (median), in a fresh process for the import phases. Used by bench/apply/run.sh; runnable alone.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [dir, url, runsArg] = process.argv.slice(2);
if (!dir || !url) {
  console.error('usage: status-phases.mjs DIR URL [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const dist = (p) => pathToFileURL(join(repo, 'dist', p)).href;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of a fresh `node` process running `code` (ESM), in ms. */
function processMs(args) {
  const t = performance.now();
  execFileSync(process.execPath, args, { cwd: repo, stdio: 'ignore' });
  return performance.now() - t;
}
async function timed(fn) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const rows = [];
const add = (phase, ms) => rows.push([phase, ms]);
add('node -e 0 (a bare Node process)', median(Array.from({ length: runs }, () => processMs(['-e', '0']))));
add('lockstep --version (process start + CLI imports)', median(Array.from({ length: runs }, () => processMs(['dist/cli/main.js', '--version']))));
/** Time to import one package, measured inside a fresh process (the first import, nothing cached). */
function importMs(pkg) {
  const code = `const t = performance.now(); await import('${pkg}'); console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: repo, encoding: 'utf8' }));
}
for (const pkg of ['zod', 'pg', 'commander', 'libpg-query']) {
  add(`  of which import('${pkg}') alone`, median(Array.from({ length: runs }, () => importMs(pkg))));
}


const { initParser } = await import(dist('sql/index.js'));
const { loadMigrations } = await import(dist('loader/index.js'));
await initParser(); // as MigratorContext.loadFiles does
const { openDatabase } = await import(dist('db/index.js'));
const { HistoryStore, currentActor } = await import(dist('history/index.js'));
const { computeStatus } = await import(dist('plan/index.js'));
let files = [];
add(`loadMigrations(${dir})`, await timed(async () => { files = await loadMigrations(dir, { cwd: repo }); }));
const names = readdirSync(dir).map((n) => join(dir, n));
add(`  of which reading ${names.length} files with fs/promises readFile (Promise.all)`, await timed(() => Promise.all(names.map((n) => readFile(n)))));
add(`  the same ${names.length} files with readFileSync`, await timed(() => { for (const n of names) readFileSync(n); }));
const db = openDatabase(url, repo, { lockWaitMs: 0 });
const session = await db.connect('lockstep bench status-phases');
const history = new HistoryStore('lockstep', currentActor(null));
let historyRows = [];
add('history.rows() (one query)', await timed(async () => { historyRows = await history.rows(session); }));
add(`computeStatus(${files.length} files, ${historyRows.length} rows)`, await timed(() => computeStatus(files, historyRows)));
await session.release();
await db.close?.();

const t = (ms) => ms.toFixed(0).padStart(6);
console.log(`| phase (median of ${runs}) | ms |\n| --- | ---: |`);
for (const [phase, ms] of rows) console.log(`| ${phase} | ${t(ms)} |`);
