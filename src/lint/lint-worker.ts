/**
 * A lint worker thread (started by pool.ts). It loads the parser and the rules while the main thread is still
 * loading the migrations, then claims chunks of targets from the shared counter until none is left and posts
 * what it linted.
 */
import { parentPort } from 'node:worker_threads';
import { initParser } from '../sql/index.js';
import { lintClaimed, sharedClaim } from './lint-batch.js';
import type { LintTarget } from './targets.js';
import type { LintOptions } from './types.js';

export interface WorkMessage {
  readonly targets: readonly LintTarget[];
  readonly cwd: string;
  readonly options: LintOptions;
  /** One Int32: the next target index to claim. */
  readonly counter: SharedArrayBuffer;
  readonly chunk: number;
}

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs as a worker thread (see src/lint/pool.ts)');
const ready = initParser();
port.once('message', (work: WorkMessage) => {
  void ready.then(() => {
    const claim = sharedClaim(new Int32Array(work.counter), work.targets.length, work.chunk);
    port.postMessage(lintClaimed(work.targets, work.cwd, work.options, claim));
  });
});
