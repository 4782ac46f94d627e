import pLimit from 'p-limit';
import type { ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import { createMigrator, type PendingLint } from '../api/index.js';
import { lintFailOn, reachesFailOn, type FailOn, type Finding } from '../lint/index.js';
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
  /** Findings at or above this level fail the plan: the config's `lint.failOn` (default error), as for plan and lint. */
  readonly failOn: FailOn;
  /** Why the plan fails, one line each; empty when it passes (exit 0). See fleetPlanBlocking. */
  readonly blocking: readonly string[];
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
    const failOn = lintFailOn(config);
    const partial = { lint, samples, sampled: picked.length, total: spec.targets.length, failOn };
    return { fleet: spec.name, ...partial, blocking: fleetPlanBlocking(partial) };
  } finally {
    await databases.close();
  }
}

/**
 * The plan's exit decision, in one place. A sampled target fails it when it cannot be read, or when its own lint
 * (its sizes, column types, server) has a finding at the fail-on level: what `lockstep plan` on that target would
 * call blocked. The targets not sampled have only the static lint to go by: a finding at that level in a migration
 * still pending on a sampled target fails the plan too, unless every target was sampled (each then spoke for
 * itself). A migration applied on every sampled target is history, not plan: `lockstep plan` skips it as well.
 */
export function fleetPlanBlocking(p: Pick<FleetPlan, 'lint' | 'samples' | 'sampled' | 'total' | 'failOn'>): string[] {
  const out: string[] = [];
  const fails = (f: Finding): boolean => reachesFailOn(f.severity, p.failOn);
  for (const s of p.samples) {
    if (s.error) out.push(`${s.target}: could not be judged (${s.error.code})`);
    for (const m of s.migrations) for (const f of m.findings.filter(fails)) out.push(`${s.target}: ${m.version} ${f.severity}[${f.rule}] ${f.file}:${f.line}`);
  }
  if (p.sampled < p.total) {
    const pending = new Set(p.samples.flatMap((s) => s.pending));
    const unread = p.samples.some((s) => s.error);
    for (const [id, findings] of Object.entries(p.lint)) {
      if (!pending.has(id) && !unread) continue;
      for (const f of findings.filter(fails)) out.push(`${p.total - p.sampled} target(s) not sampled: ${id} ${f.severity}[${f.rule}] ${f.file}:${f.line} (static lint)`);
    }
  }
  return out;
}
