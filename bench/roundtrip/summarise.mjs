#!/usr/bin/env node
// summarise.mjs OUT REPS "wall pglite" "cpu pglite" "wall server" "cpu server" — the Markdown tables of
// bench/roundtrip from the JSON reports `lockstep test --json` wrote, one per shadow and repetition.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [out, repsText, ...lists] = process.argv.slice(2);
const reps = Number(repsText);
const nums = (s) => (s ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const s = (ms) => (ms / 1000).toFixed(2);
const start = JSON.parse(readFileSync(join(out, 'start.json'), 'utf8'));
const rows = [];
for (const [i, shadow] of ['pglite', 'server'].entries()) {
  const reports = Array.from({ length: reps }, (_, r) => JSON.parse(readFileSync(join(out, `${shadow}-${r + 1}.json`), 'utf8')));
  const pick = (f) => median(reports.map(f));
  const t = (k) => pick((r) => r.timings[k]);
  const sum = reports[0].summary;
  rows.push(`| ${shadow === 'pglite' ? 'PGlite (in process)' : 'server (scratch database)'} | ${median(nums(lists[i * 2])).toFixed(2)} s | ${median(nums(lists[i * 2 + 1])).toFixed(2)} s | ${s(t('totalMs'))} s | ${s(pick((r) => r.shadow.startMs))} s | ${s(t('upMs'))} s | ${s(t('downMs'))} s | ${s(t('snapshotMs'))} s (${t('snapshots')}) | ${sum.passed}/${sum.failed}/${sum.skipped} |`);
}
console.log('| shadow | wall (median) | CPU of the lockstep process | total as reported | shadow start | up (2 per migration) | down | schema snapshots | passed/failed/skipped |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
console.log('');
console.log(`Shadow start alone (median of ${start.pglite.length}): PGlite from the cached template ${median(start.pglite)} ms; scratch database on the server (CREATE DATABASE … TEMPLATE template0, first connection) ${start.server.length ? `${median(start.server)} ms` : 'not measured'}.`);
console.log('');
console.log(`Wall time is the whole command (Node start, loading and parsing the files, shadow start, round trips). On a server shadow the CPU column leaves out the PostgreSQL backend's work. Medians of ${reps} repetitions.`);
