#!/usr/bin/env node
// summarise-broken.mjs OUT REPS PLANTED.json — the table for broken.sh: medians per shadow and set, and whether every
// migration got a verdict and exactly the planted ones failed (exit 1 otherwise).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [out, reps, plantedFile] = process.argv.slice(2);
const planted = JSON.parse(readFileSync(plantedFile, 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
let ok = true;
const rows = [];
for (const shadow of ['pglite', 'local']) {
  for (const set of ['broken', 'clean']) {
    const runs = [];
    for (let rep = 1; rep <= Number(reps); rep++) {
      const report = JSON.parse(readFileSync(join(out, `${set}-${shadow}-${rep}.json`), 'utf8'));
      const wall = Number(readFileSync(join(out, `${set}-${shadow}-${rep}.wall`), 'utf8')) * 1000;
      const failed = report.steps.filter((st) => st.status !== 'passed').map((st) => st.version);
      const expected = set === 'broken' ? planted : [];
      const exact = failed.length === expected.length && failed.every((v) => expected.includes(v));
      const notRun = report.summary.notRun;
      if (!exact || notRun > 0) ok = false;
      runs.push({ report, wall, exact, notRun });
    }
    const r = runs[0].report;
    const t = (pick) => median(runs.map((x) => pick(x.report.timings)));
    rows.push(`| ${shadow === 'pglite' ? 'PGlite' : `local PostgreSQL ${Math.floor(r.shadow.serverVersion / 10000)}`} | ${set} | ${s(median(runs.map((x) => x.wall)))} | ${s(t((x) => x.totalMs))} | ${s(t((x) => x.snapshotMs))} | ${t((x) => x.restores)} (${s(t((x) => x.restoreMs))}) | ${r.summary.passed}/${r.summary.failed}/${r.summary.columnOrder}/${r.summary.notRun} | ${runs.every((x) => x.exact && x.notRun === 0) ? 'yes' : 'NO'} |`);
  }
}
console.log('| shadow | set | wall (median) | total as reported | schema snapshots | restores (time) | passed/failed/column order/not run | every migration judged, exactly the planted ones failed |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\nPlanted broken downs: ${planted.length} (${planted.join(', ')}). Wall time is the whole command. Medians of ${reps} repetitions, the four runs of a repetition back to back.`);
if (!ok) process.exitCode = 1;
