#!/usr/bin/env node
// The least any linter on libpg-query in Node can take: start Node, load the parser's WASM (Liftoff only, as
// Lockstep does), read the files and parse them — no loader, no rules, no output. For comparing with
// `bash bench/lint/run.sh` (which runs it interleaved with Lockstep and squawk):
//   node bench/lint/floor.mjs [DIR] [RUNS] [THREADS]   (fresh process per run, median wall time)
// THREADS > 1 splits the files between that many worker threads, each with its own parser: the floor of a parallel
// design. One process: LINT_FLOOR_CHILD=1 node bench/lint/floor.mjs DIR [THREADS].
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';

async function parseAll(dir, names) {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--liftoff-only');
  const pg = await import('libpg-query');
  await pg.loadModule();
  let statements = 0;
  for (const name of names) statements += pg.parseSync(readFileSync(join(dir, name), 'utf8')).stmts?.length ?? 0;
  return statements;
}

if (!isMainThread) {
  parentPort.postMessage(await parseAll(workerData.dir, workerData.names));
} else if (process.env.LINT_FLOOR_CHILD) {
  const [dir, threads = '1'] = process.argv.slice(2);
  const names = readdirSync(dir);
  const n = Number(threads);
  let statements = 0;
  if (n <= 1) statements = await parseAll(dir, names);
  else {
    const share = Math.ceil(names.length / n);
    const counts = await Promise.all(Array.from({ length: n }, (_, i) => new Promise((res, rej) => {
      const w = new Worker(import.meta.filename, { workerData: { dir, names: names.slice(i * share, (i + 1) * share) } });
      w.once('message', res);
      w.once('error', rej);
    })));
    statements = counts.reduce((a, b) => a + b, 0);
  }
  process.stdout.write(String(statements));
} else {
  const [dir = 'bench/.work/lint/migrations', runs = '7', threads = '1'] = process.argv.slice(2);
  const times = [];
  let statements = '';
  for (let i = 0; i < Number(runs); i++) {
    const start = process.hrtime.bigint();
    statements = execFileSync(process.execPath, [import.meta.filename, dir, threads], { env: { ...process.env, LINT_FLOOR_CHILD: '1' }, cwd: process.cwd(), argv0: 'node' }).toString();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  console.log(`node start + libpg-query load + read + parse (${threads} thread(s)), ${statements} statements in ${dir}: median ${times[Math.floor(times.length / 2)]?.toFixed(2)} s (runs: ${times.map((t) => t.toFixed(2)).join(' ')})`);
}
