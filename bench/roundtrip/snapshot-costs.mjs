#!/usr/bin/env node
// snapshot-costs.mjs DIR [LAST] — where a schema snapshot's time goes, on PGlite: the migrations in DIR are
// applied as `lockstep test` does (up, snapshot, down, snapshot, up again, snapshot; plain SQL here, not
// through the runner), once with a full snapshot at every step and once with incremental snapshots, both
// through the rehearsal's prepared-statement session. Prints the CPU time per snapshot, over all steps and
// over the LAST migrations (default 100, the schema at its largest), and for incremental snapshots per
// statement. Needs `npm run build`. Run: node bench/roundtrip/snapshot-costs.mjs bench/.work/roundtrip/migrations
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../dist/db/index.js';
import { preparingSession } from '../../dist/rehearsal/index.js';
import { createSnapshotter, snapshotSchema } from '../../dist/schema/index.js';

const dir = process.argv[2] ?? 'bench/.work/roundtrip/migrations';
const last = Number(process.argv[3] ?? 100);
const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

const kindOf = (sql) =>
  sql.includes('in_transaction') ? 'fingerprint'
    : sql.includes('lockstep_dirty') ? 'read of dependents'
      : sql.includes('= any ($2') ? 'read of changed owners'
        : sql.includes('json_agg') ? 'full read' : 'settings and other small statements';

/** The session the snapshots use, timing each statement by kind (only while `measuring`). */
function timing(inner, stats, state) {
  return {
    backendPid: inner.backendPid, exec: (sql) => inner.exec(sql), release: () => inner.release(),
    async query(sql, params) {
      const t0 = cpuMs();
      try { return await inner.query(sql, params); } finally {
        if (state.measuring) {
          const e = stats.get(kindOf(sql)) ?? { n: 0, ms: 0 };
          e.n++; e.ms += cpuMs() - t0; stats.set(kindOf(sql), e);
        }
      }
    },
  };
}

async function run(mode) {
  const db = openDatabase('pglite://memory');
  const raw = await db.connect('snapshot-costs');
  const stats = new Map();
  const state = { measuring: false };
  const session = timing(preparingSession(raw), stats, state);
  const snapshotter = createSnapshotter(session);
  const snap = mode === 'full' ? () => snapshotSchema(session) : () => snapshotter.snapshot();
  const all = []; const tail = [];
  const take = async (i) => { const t0 = cpuMs(); await snap(); const ms = cpuMs() - t0; all.push(ms); if (i >= files.length - last) tail.push(ms); };
  await take(-1);
  for (const [i, f] of files.entries()) {
    const [up, down] = readFileSync(join(dir, f), 'utf8').replace(/^-- lockstep:no-transaction\n/, '').replace('-- UP', '').split('-- DOWN');
    state.measuring = i >= files.length - last;
    await raw.exec(up); await take(i);
    await raw.exec(down); await take(i);
    await raw.exec(up); await take(i);
  }
  await db.close();
  const avg = (xs) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1);
  console.log(`| ${mode} | ${avg(all)} ms (${all.length}) | ${avg(tail)} ms (${tail.length}) |`);
  return mode === 'incremental' ? stats : undefined;
}

console.log(`Snapshots of ${files.length} migrations on PGlite, CPU ms per snapshot (process.cpuUsage).\n`);
console.log('| snapshots | all steps | last ' + last + ' migrations |');
console.log('| --- | --- | --- |');
await run('full');
const stats = await run('incremental');
console.log(`\nIncremental, per statement over the last ${last} migrations (${3 * last} snapshots):\n`);
console.log('| statement | runs | CPU ms per run | CPU ms per snapshot |');
console.log('| --- | --- | --- | --- |');
for (const [kind, e] of stats) console.log(`| ${kind} | ${e.n} | ${(e.ms / e.n).toFixed(2)} | ${(e.ms / (3 * last)).toFixed(2)} |`);
