/**
 * A static lint run, file by file: each migration is read, parsed and linted, and only its findings are kept,
 * so memory does not grow with every migration's syntax tree. With a pool, the workers take their share of
 * the files; the findings come out in the same order, and are the same, whatever thread linted what.
 */
import type { LockstepError } from '../core/errors.js';
import { lintClaimed, errorFromData, sharedClaim } from './lint-batch.js';
import type { BatchResult, Claim, KnownIndex, TargetResult } from './lint-batch.js';
import { lintPrepared, prepareMigration } from './lint-migration.js';
import type { LintPool } from './pool.js';
import type { LintTarget } from './targets.js';
import type { Finding, LintOptions, LintRun } from './types.js';
import type { WorkMessage } from './lint-worker.js';
import { applyColumnEvents, copyColumnTypes, lookupsHold } from '../locks/index.js';

/** Small enough that a late worker still gets a fair share, large enough that claiming costs nothing. */
const CHUNK = 16;

/** A claim over a fixed list of indexes, one at a time (for targets a failed worker left undone). */
function listClaim(indexes: readonly number[]): Claim {
  let next = 0;
  return () => {
    const index = indexes[next++];
    return index === undefined ? undefined : [index, index + 1];
  };
}

/** The run, and the files whose SQL did not parse (reported by the caller as invalid-migration findings). */
export async function lintStreaming(targets: readonly LintTarget[], cwd: string, options: LintOptions, pool?: LintPool): Promise<LintRun & { readonly errors: readonly LockstepError[] }> {
  const counter = new SharedArrayBuffer(4);
  const work: WorkMessage = { targets, cwd, options, counter, chunk: CHUNK };
  const batches: BatchResult[] = [];
  const workers = pool?.workers ?? [];
  try {
    for (const { worker } of workers) {
      // Referenced while it works, so the process waits for its reply.
      worker.ref();
      worker.postMessage(work);
    }
    batches.push(lintClaimed(targets, cwd, options, sharedClaim(new Int32Array(counter), targets.length, CHUNK)));
    for (const reply of await Promise.all(workers.map((w) => w.reply))) if (reply) batches.push(reply);
  } finally {
    pool?.close();
  }
  // A worker that failed took its claimed targets with it: lint whatever no batch covers here.
  const covered = new Set(batches.flatMap((b) => [...b.results.map((r) => r.index), ...b.errors.map((e) => e.index)]));
  const missing = targets.flatMap((t, i) => (covered.has(i) || t.migration.up.kind !== 'sql' ? [] : [i]));
  if (missing.length > 0) batches.push(lintClaimed(targets, cwd, options, listClaim(missing)));

  const errors = batches.flatMap((b) => b.errors).sort((a, b) => a.index - b.index).map((e) => errorFromData(e.error));
  const slots: TargetResult[] = [];
  for (const b of batches) for (const r of b.results) slots[r.index] = r;
  const runIndexes: KnownIndex[] = [...(options.knownIndexes ?? []), ...batches.flatMap((b) => b.createdIndexes)];
  // Column types as declared by the migrations so far, in version order (each thread saw only its share).
  const columnTypes = copyColumnTypes(options.columnTypes);
  const findings: Finding[] = [];
  const unusedIgnores: Finding[] = [];
  const sources: Record<string, string> = {};
  for (const [index, slot] of slots.entries()) {
    if (!slot) continue;
    let result: { findings: Finding[]; unusedIgnores: Finding[] } = slot;
    if (slot.needsRunIndexes || !lookupsHold(slot.columnLookups, columnTypes)) {
      // Linted knowing only one thread's share of the run: again, knowing the whole run.
      const prepared = prepareMigration((targets[index] as LintTarget).migration, slot.fileText, options);
      // Linted at once, before the next migration's events change the map.
      if (prepared) result = lintPrepared(prepared, { ...options, knownIndexes: runIndexes, columnTypes });
    }
    applyColumnEvents(columnTypes, slot.columnEvents);
    findings.push(...result.findings);
    unusedIgnores.push(...result.unusedIgnores);
    sources[slot.path] = slot.fileText;
  }
  return {
    files: targets.flatMap((t) => (t.migration.up.kind === 'sql' ? [t.migration.up.path] : [])),
    findings,
    unusedIgnores,
    sources,
    errors,
  };
}
