#!/usr/bin/env node
// wait-sampler.mjs URL OUT.json [APP] — every 10 ms, looks at the running statements of the APP sessions
// (default pgbench: the writers) in pg_stat_activity and keeps, per wait event ("Lock:relation",
// "IO:WALSync", "CPU" when not waiting...), the longest time a statement had been running while seen in
// that state. Stops on SIGTERM/SIGINT and writes the summary: it tells a lock queue (Lock:*) from a
// machine that is simply busy (CPU, IO, LWLock) when a benchmark reports a long writer stall.
import { writeFileSync } from 'node:fs';
import pg from 'pg';

const [url, out, app = 'pgbench'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: wait-sampler.mjs URL OUT.json [APP]');
  process.exit(2);
}
const client = new pg.Client({ connectionString: url, application_name: 'bench wait-sampler' });
await client.connect();
const longest = {};
let samples = 0;
let stop = false;
const finish = () => { stop = true; };
process.on('SIGTERM', finish);
process.on('SIGINT', finish);

const sql = `select coalesce(wait_event_type || ':' || wait_event, 'CPU') as state,
    (extract(epoch from clock_timestamp() - query_start) * 1000)::float8 as ms
  from pg_stat_activity where application_name = $1 and state = 'active' and datname = current_database()`;
while (!stop) {
  const res = await client.query(sql, [app]);
  samples++;
  for (const { state, ms } of res.rows) if (ms > (longest[state] ?? 0)) longest[state] = ms;
  await new Promise((r) => setTimeout(r, 10));
}
await client.end();
const rounded = Object.fromEntries(Object.entries(longest).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v)]));
writeFileSync(out, `${JSON.stringify({ samples, longestMsByState: rounded })}\n`);
