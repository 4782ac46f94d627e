import pLimit from 'p-limit';
import type { ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import type { DownOptions } from '../api/index.js';
import { Coordinator, embeddedCoordinatorUrl } from './coordinator.js';
import { TargetDatabases } from './target-databases.js';
import type { FleetSpec } from './targets.js';

export interface FleetDownResult {
  readonly fleet: string;
  readonly targets: ReadonlyArray<{
    readonly target: string;
    readonly rolledBack: readonly string[];
    readonly error: { readonly code: string; readonly message: string } | null;
  }>;
  readonly failed: number;
}

/**
 * `lockstep fleet down`: rolls every target back as `lockstep down` would (each under its own run lock), at most
 * `concurrency` at once. No claims and no waves: a rollback is the way out of a bad rollout, so every target
 * is tried and each failure is reported. The coordinator only hears which targets were rolled back, so that the
 * next `fleet up` does not take them for done.
 */
export async function fleetDown(config: ResolvedConfig, spec: FleetSpec, opts: Omit<DownOptions, 'dryRun'> = {}): Promise<FleetDownResult> {
  const databases = new TargetDatabases(config);
  const limit = pLimit(Math.max(1, spec.concurrency));
  try {
    const targets = await Promise.all(spec.targets.map((t) => limit(async () => {
      if (opts.signal?.aborted) return { target: t.key, rolledBack: [], error: { code: 'LOCKSTEP_E_INTERRUPTED', message: 'not started: interrupted' } };
      try {
        const r = await databases.with(t, (m) => m.down(opts));
        const rolledBack = r.done.map((d) => d.version);
        return { target: t.key, rolledBack, error: r.failed ? { code: r.failed.error.code, message: r.failed.error.message } : null };
      } catch (err) {
        const e = err instanceof LockstepError ? err : undefined;
        return { target: t.key, rolledBack: [], error: { code: e?.code ?? 'LOCKSTEP_E_INTERNAL', message: (err as Error).message } };
      }
    })));
    await forgetRolledBack(config, spec, targets.filter((t) => t.rolledBack.length > 0).map((t) => t.target));
    return { fleet: spec.name, targets, failed: targets.filter((t) => t.error).length };
  } finally {
    await databases.close();
  }
}

async function forgetRolledBack(config: ResolvedConfig, spec: FleetSpec, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const coordinator = await Coordinator.open(spec.coordinatorUrl ?? embeddedCoordinatorUrl(config.cwd, spec.name));
  try {
    await coordinator.forgetDone(spec.name, keys);
  } finally {
    await coordinator.close();
  }
}
