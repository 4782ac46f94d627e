#!/usr/bin/env node
// psql-apply.mjs DB STEPS.json [--upto ID] — applies the steps of tool-order.mjs with psql, as the tool sends them,
// stopping before the first `stop` step (a migration only the tool can run) or after the step whose id is ID.
// Prints one line per migration applied; exits 1 with psql's error when one fails.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [db, stepsFile, flag, upto] = process.argv.slice(2);
const steps = JSON.parse(readFileSync(stepsFile, 'utf8'));
const base = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db];
const env = { ...process.env, PGOPTIONS: '-c client_min_messages=warning' };

function psql(args, what) {
  const r = spawnSync('psql', [...base, ...args], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    console.error(`psql failed on ${what}:\n${r.stderr}`);
    process.exit(1);
  }
}

const batch = [];
let applied = 0;
for (const s of steps) {
  if (s.mode === 'stop') {
    console.log(`stop before ${s.id} (${s.file}): only the tool can run it`);
    break;
  }
  if (s.mode === 'batch') batch.push(`-- ${s.id}\n${s.sql};`);
  else {
    const file = join(tmpdir(), `psql-apply-${process.pid}.sql`);
    writeFileSync(file, s.sql);
    const args = {
      query: ['-c', s.sql],
      'tx-query': ['-1', '-c', s.sql],
      script: ['-f', file],
      'tx-script': ['-1', '-f', file],
    }[s.mode];
    psql(args, `${s.id} (${s.file})`);
  }
  applied++;
  if (flag === '--upto' && s.id === upto) break;
}
if (batch.length > 0) {
  const file = join(tmpdir(), `psql-apply-${process.pid}-batch.sql`);
  writeFileSync(file, batch.join('\n'));
  psql(['-1', '-f', file], `the batch of ${batch.length} migrations`);
}
console.log(`applied ${applied} migrations with psql`);
