#!/usr/bin/env node
// The least any linter on libpg-query in Node can take: start Node, load the parser's WASM (Liftoff only, as
// Lockstep does), read the files and parse them — no loader, no rules, no output. For comparing with
// `bash bench/lint/run.sh`:   node bench/lint/floor.mjs [DIR] [RUNS]   (fresh process per run, median wall time)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir = 'bench/.work/lint/migrations', runs = '7'] = process.argv.slice(2);

if (process.env.LINT_FLOOR_CHILD) {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--liftoff-only');
  const pg = await import('libpg-query');
  await pg.loadModule();
  let statements = 0;
  for (const name of readdirSync(dir)) statements += pg.parseSync(readFileSync(join(dir, name), 'utf8')).stmts?.length ?? 0;
  process.stdout.write(String(statements));
} else {
  const times = [];
  let statements = '';
  for (let i = 0; i < Number(runs); i++) {
    const start = process.hrtime.bigint();
    statements = execFileSync(process.execPath, [import.meta.filename], { env: { ...process.env, LINT_FLOOR_CHILD: '1' }, cwd: process.cwd(), argv0: 'node' }).toString();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  console.log(`node start + libpg-query load + read + parse, ${statements} statements in ${dir}: median ${times[Math.floor(times.length / 2)]?.toFixed(2)} s (runs: ${times.map((t) => t.toFixed(2)).join(' ')})`);
}
