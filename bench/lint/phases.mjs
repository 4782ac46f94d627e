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
  const { targets } = await collectTargets([dir], root);
  mark('load (loader)');
  // The procedures that COMMIT before each migration (one text search per file, a parse only of those naming one).
  const { procedureScope } = await import(`${root}/dist/execution/index.js`);
  const procedures = procedureScope(targets.map((t) => t.migration));
  mark('procedures');
  // In chunks of 500 files, as a run lints file by file (syntax trees dropped as it goes), with each phase's CPU
  // added up over the chunks.
  const options = { runnerSetsTimeouts: true, runnerSetsStatementTimeout: false };
  const findings = [];
  let parse = 0;
  let lint = 0;
  for (let i = 0; i < targets.length; i += 500) {
    const t0 = cpu();
    const prepared = targets.slice(i, i + 500).map((t) => prepareMigration(t.migration, t.fileText ?? readFileSync(resolve(root, t.migration.up.path), 'utf8'), { procedures }));
    const t1 = cpu();
    for (const p of prepared) if (p) findings.push(...lintPrepared(p, options).findings);
    lint += cpu() - t1;
    parse += t1 - t0;
  }
  const before = marks[marks.length - 1][1];
  marks.push(['read + parse', before + parse], ['lint', before + parse + lint]);
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
