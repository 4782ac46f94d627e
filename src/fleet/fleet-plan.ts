import pLimit from 'p-limit';
import type { ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import { createMigrator, type PendingLint } from '../api/index.js';
import type { Finding } from '../lint/index.js';
import { TargetDatabases } from './target-databases.js';
import type { FleetSpec } from './targets.js';

export interface FleetPlan {
  readonly fleet: string;
  /** The project's migrations linted once, without any target's facts: the same for every target. */
  readonly lint: Readonly<Record<string, readonly Finding[]>>;
  /** The sampled targets: their pending migrations linted with their own table sizes, column types and server. */
  readonly samples: ReadonlyArray<{
    readonly target: string;
    readonly pending: readonly string[];
    readonly migrations: PendingLint['migrations'];
    /** Error-level findings: `fleet up` would stop at this target's lint gate. */
    readonly errors: number;
    readonly error: { readonly code: string; readonly message: string } | null;
  }>;
  readonly sampled: number;
  readonly total: number;
}

/** Which targets a plan samples: the first, the last, and evenly spread between them. */
export function sampleTargets<T>(targets: readonly T[], n: number): T[] {
  if (n >= targets.length) return [...targets];
  if (n <= 1) return targets.slice(0, 1);
  const step = (targets.length - 1) / (n - 1);
  return Array.from({ length: n }, (_, i) => targets[Math.round(i * step)] as T);
}

/** `lockstep fleet plan`: lint once, then judge the pending migrations on a sample of targets with their own sizes. */
export async function fleetPlan(config: ResolvedConfig, spec: FleetSpec, opts: { readonly sample: number }): Promise<FleetPlan> {
  const project = await createMigrator({ resolved: config });
  let lint: Record<string, readonly Finding[]>;
  try {
    const files = await project.context.loadFiles();
    lint = await project.lintMigrations(new Set(files.map((f) => f.id)));
  } finally {
    await project.close();
  }
  const databases = new TargetDatabases(config);
  const limit = pLimit(Math.max(1, spec.concurrency));
  try {
    const picked = sampleTargets(spec.targets, opts.sample);
    const samples = await Promise.all(picked.map((t) => limit(async () => {
      try {
        const { migrations } = await databases.with(t, (m) => m.lintPending());
        const errors = migrations.reduce((n, m) => n + m.findings.filter((f) => f.severity === 'error').length, 0);
        return { target: t.key, pending: migrations.map((m) => m.version), migrations, errors, error: null };
      } catch (err) {
        const e = err instanceof LockstepError ? err : undefined;
        return { target: t.key, pending: [], migrations: [], errors: 0, error: { code: e?.code ?? 'LOCKSTEP_E_INTERNAL', message: (err as Error).message } };
      }
    })));
    return { fleet: spec.name, lint, samples, sampled: picked.length, total: spec.targets.length };
  } finally {
    await databases.close();
  }
}
