#!/usr/bin/env node
// floor.mjs URL STEPS.json [--grouped] — the least any Node.js migration runner built on `pg` does to apply the
// steps of tool-order.mjs: start Node, load pg, connect once, then send each migration's file as ONE
// simple-protocol message (inside BEGIN … COMMIT for the transactional ones) and wait for it. No parsing, no
// validation, no history table, no lock, no output. With --grouped, consecutive transactional migrations go
// together in one message (each still in its own BEGIN … COMMIT; the server stops at the first error), which is
// as few round trips as any runner can make. bench/adopt/run.sh times both beside psql and `lockstep up`, so the
// part of Lockstep's time that no Node.js runner can avoid is measured in the same run, not guessed.
// Only the tools whose migrations are sent as one message (mode query / tx-query / batch) have a floor here;
// exits 3 for the others (their statement-by-statement sending is what psql -f does anyway).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [url, stepsFile, flag] = process.argv.slice(2);
const grouped = flag === '--grouped';
const steps = JSON.parse(readFileSync(stepsFile, 'utf8'));
if (steps.some((s) => s.mode === 'script' || s.mode === 'tx-script')) {
  console.error('floor.mjs: this tool sends statement by statement; no one-message floor for it');
  process.exit(3);
}
// pg from the repository's own dependencies, as Lockstep loads it.
const pg = createRequire(new URL('../../package.json', import.meta.url))('pg');
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query('SET client_min_messages = warning');
const group = [];
const flush = async () => {
  if (group.length > 0) await client.query(group.join(';\n'));
  group.length = 0;
};
const drizzle = [];
for (const s of steps) {
  if (s.mode === 'stop') break;
  if (s.mode === 'batch') drizzle.push(s.sql);
  else if (s.mode === 'tx-query') {
    group.push(`BEGIN;\n${readFileSync(s.file, 'utf8')}\n;COMMIT`);
    if (!grouped) await flush();
  } else {
    await flush();
    await client.query(readFileSync(s.file, 'utf8'));
  }
}
await flush();
if (drizzle.length > 0) await client.query(`BEGIN;\n${drizzle.join(';\n')}\n;COMMIT;`);
await client.end();
