/**
 * Lint worker threads for large runs. A worker takes a while to load the parser and the rules, so the CLI
 * starts the pool before it loads the linter itself and the migrations; by the time the targets are known
 * the workers are nearly ready. Targets are then shared out in chunks through one shared counter (see
 * lint-batch.ts), and the main thread lints alongside the workers.
 *
 * This module is kept light (no linter imports): starting the pool early is its whole point.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LockstepError } from '../core/errors.js';
import type { BatchResult } from './lint-batch.js';

/**
 * Files per worker. A worker adds ~0.3 s of CPU (its own parser, rules and compiled code) and competes with the main thread and V8's own
 * background threads for cores: on a 2-core machine (bench/lint/RESULTS-lint.md) one worker made 1,000 files
 * slightly slower and 10,000 files ~15% faster.
 */
export const FILES_PER_WORKER = 2000;
export const MAX_WORKERS = 3;
export const WORKERS_ENV = 'LOCKSTEP_LINT_WORKERS';

export interface PooledWorker {
  readonly worker: Worker;
  /** The worker's batch, or undefined when it failed or exited without one. */
  readonly reply: Promise<BatchResult | undefined>;
}

export interface LintPool {
  readonly workers: readonly PooledWorker[];
  /** Stops every worker (safe to call more than once). */
  close(): void;
}

/** Entries directly in each directory, 1 per file: a cheap upper bound of the migrations to lint. */
function estimateFiles(paths: readonly string[], cwd: string): number {
  let n = 0;
  for (const p of paths) {
    try {
      const abs = resolve(cwd, p);
      n += statSync(abs).isDirectory() ? readdirSync(abs).length : 1;
    } catch {
      // Missing paths are reported by the loader.
    }
  }
  return n;
}

/**
 * Workers for a run over `paths`: LOCKSTEP_LINT_WORKERS when set (0 turns them off), else one per
 * FILES_PER_WORKER files, no more than the spare cores and MAX_WORKERS.
 */
export function workerCount(paths: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const forced = env[WORKERS_ENV];
  if (forced !== undefined && forced !== '') {
    const n = Number(forced);
    if (!Number.isInteger(n) || n < 0 || n > 64) {
      throw new LockstepError('LOCKSTEP_E_CONFIG', `${WORKERS_ENV} must be a whole number from 0 to 64, got "${forced}"`, {
        hint: `Unset ${WORKERS_ENV} to choose by the number of files and cores, or set 0 to lint on the main thread only.`,
      });
    }
    return n;
  }
  const spare = cores - 1;
  if (spare < 1) return 0;
  return Math.min(spare, MAX_WORKERS, Math.floor(estimateFiles(paths, cwd) / FILES_PER_WORKER));
}

function start(script: URL): PooledWorker {
  const worker = new Worker(script);
  // A worker never keeps the process alive: the main thread waits for the replies it needs.
  worker.unref();
  const reply = new Promise<BatchResult | undefined>((done) => {
    worker.once('message', (batch: BatchResult) => done(batch));
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  });
  return { worker, reply };
}

/** Starts the workers for a run over `paths`; undefined when the run is small or there is no spare core. */
export function startLintPool(paths: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): LintPool | undefined {
  const count = workerCount(paths, cwd, env);
  const script = new URL('./lint-worker.js', import.meta.url);
  // Run from the TypeScript sources (the test runner) there is no compiled worker script: lint on one thread.
  if (count === 0 || !existsSync(fileURLToPath(script))) return undefined;
  const workers = Array.from({ length: count }, () => start(script));
  return {
    workers,
    close() {
      for (const w of workers) void w.worker.terminate();
    },
  };
}
