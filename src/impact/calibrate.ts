/**
 * Measures, in the shadow, how long this machine takes to rewrite, scan and index a table of known size,
 * so lock-hold estimates can scale with the target's table sizes. A shadow rebuilt from migrations holds
 * no data, so its own statements finish in microseconds and say nothing about a 40 GB table; a generated
 * table of CALIBRATION_ROWS rows does. Everything runs in one transaction that is rolled back.
 *
 * Honest limits: the shadow is not the target. PGlite (PostgreSQL in WebAssembly, in memory) and a
 * server on another machine have different CPUs, disks, caches and concurrent load; the figures are an
 * order of magnitude, not a promise. `plan --on-target` measures on the real data instead.
 */
import { performance } from 'node:perf_hooks';
import type { Session } from '../db/index.js';
import type { Calibration } from './types.js';

export const CALIBRATION_ROWS = 20_000;
/** Each figure is the median of this many runs: one run disturbed by other work on the machine must not decide a verdict. */
export const CALIBRATION_RUNS = 3;
const BATCH = 1000;
const BATCHES = 5;

async function timed(session: Session, sql: string): Promise<number> {
  const t0 = performance.now();
  await session.exec(sql);
  return performance.now() - t0;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function calibrate(session: Session, shadow: Calibration['shadow']): Promise<Calibration> {
  const runs: Calibration[] = [];
  for (let i = 0; i < CALIBRATION_RUNS; i++) runs.push(await calibrateOnce(session, shadow));
  const m = (pick: (c: Calibration) => number): number => median(runs.map(pick));
  return {
    shadow, rows: CALIBRATION_ROWS, heapBytes: m((c) => c.heapBytes), runs: CALIBRATION_RUNS,
    rewriteMsPerMB: m((c) => c.rewriteMsPerMB), scanMsPerMB: m((c) => c.scanMsPerMB),
    indexMsPerMillionRows: m((c) => c.indexMsPerMillionRows), updateMsPerThousandRows: m((c) => c.updateMsPerThousandRows),
  };
}

/** Batched UPDATEs by key range, as a backfill runs them: the median batch. */
async function batchMs(session: Session, table: string): Promise<number> {
  const times: number[] = [];
  for (let b = 0; b < BATCHES; b++) times.push(await timed(session, `update ${table} set label = md5(label) where id > ${b * BATCH} and id <= ${(b + 1) * BATCH}`));
  return median(times);
}

async function calibrateOnce(session: Session, shadow: Calibration['shadow']): Promise<Calibration> {
  const table = 'pg_temp.lockstep_calibration';
  await session.exec('begin');
  try {
    // A temporary table: nothing of it outlives the transaction, even if the rollback below never runs.
    await session.exec(
      `create temporary table lockstep_calibration (id bigint primary key, n integer not null, label text not null, at timestamptz not null) on commit drop;
       insert into ${table} select g, g, md5(g::text) || md5((g * 7)::text), now() - g * interval '1 second'
         from pg_catalog.generate_series(1, ${CALIBRATION_ROWS}) g;`,
    );
    const size = await session.query<{ heap: number | string }>(`select pg_catalog.pg_table_size('${table}'::regclass)::int8 as heap`);
    const heapBytes = Number(size.rows[0]?.heap ?? 0);
    const mb = Math.max(heapBytes, 1) / (1024 * 1024);
    // int → bigint changes the stored width: a full rewrite that also rebuilds the primary key index.
    const rewriteMs = await timed(session, `alter table ${table} alter column n type bigint`);
    const indexMs = await timed(session, `create index lockstep_calibration_label on ${table} (label)`);
    // Rebuilding the one index is part of the rewrite time; take it out so the two add up correctly.
    const rewriteHeapMs = Math.max(rewriteMs - indexMs, rewriteMs / 2);
    const scanMs = await timed(session, `alter table ${table} add constraint lockstep_calibration_n check (n >= 0)`);
    const updateMs = await batchMs(session, table);
    return {
      shadow,
      runs: 1,
      updateMsPerThousandRows: (updateMs / BATCH) * 1000,
      rows: CALIBRATION_ROWS,
      heapBytes,
      rewriteMsPerMB: rewriteHeapMs / mb,
      scanMsPerMB: scanMs / mb,
      indexMsPerMillionRows: (indexMs / CALIBRATION_ROWS) * 1e6,
    };
  } finally {
    await session.exec('rollback').catch(() => undefined);
  }
}
