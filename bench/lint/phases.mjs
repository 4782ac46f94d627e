#!/usr/bin/env node
// Main-thread CPU per phase of a lint run, for finding where `lockstep lint` spends its time:
//   node bench/lint/phases.mjs [DIR] [RUNS]     (default bench/.work/lint/migrations, 5 runs; needs `npm run build`)
// Each run is a fresh process (the CLI is always cold). CPU comes from /proc/self/task/<pid>/schedstat (Linux),
// so time spent waiting for a core on a busy machine is not counted, unlike wall-clock timings.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const [dir = 'bench/.work/lint/migrations', runs = '5'] = process.argv.slice(2);

/** Main-thread CPU of this process so far, in ms. */
const cpu = () => Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;

async function once() {
  // As the lint command does before it loads the linter.
  (await import(`${root}/dist/cli/short-run.js`)).tuneForShortRun();
  const marks = [['node start', cpu()]];
  const mark = (label) => marks.push([label, cpu()]);
  const { initParser } = await import(`${root}/dist/sql/index.js`);
  const { collectTargets } = await import(`${root}/dist/lint/targets.js`);
  const { lintPrepared, prepareMigration } = await import(`${root}/dist/lint/lint-migration.js`);
  await initParser();
  mark('import sql + lint');
  const { resolveConfig } = await import(`${root}/dist/config/index.js`);
  await resolveConfig({});
  mark('config');
  const targets = await collectTargets([dir], root);
  mark('load (loader)');
  const prepared = targets.map((t) => prepareMigration(t.migration, readFileSync(resolve(root, t.migration.up.path), 'utf8')));
  mark('read + parse');
  const options = { runnerSetsTimeouts: true, runnerSetsStatementTimeout: false };
  const findings = prepared.flatMap((p) => lintPrepared(p, options).findings);
  mark('lint');
  const { formatLint } = await import(`${root}/dist/report/lint/index.js`);
  formatLint('json', { files: [], findings, unusedIgnores: [] }, { color: false });
  mark('format json');
  return marks.map(([label, t], i) => [label, i === 0 ? t : t - marks[i - 1][1]]);
}

if (process.env.LINT_PHASES_CHILD) {
  process.stdout.write(JSON.stringify(await once()));
} else {
  const all = [];
  for (let i = 0; i < Number(runs); i++) {
    const out = execFileSync(process.execPath, [import.meta.filename, dir], { cwd: root, env: { ...process.env, LINT_PHASES_CHILD: '1' } });
    all.push(JSON.parse(out.toString()));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`main-thread CPU per phase, median of ${runs} fresh processes (ms), ${relative(root, resolve(root, dir))}`);
  for (const [i, [label]] of all[0].entries()) console.log(`${label.padEnd(20)} ${median(all.map((r) => r[i][1])).toFixed(0).padStart(5)}`);
  console.log(`${'total'.padEnd(20)} ${median(all.map((r) => r.reduce((s, [, v]) => s + v, 0))).toFixed(0).padStart(5)}`);
}
