import pLimit from 'p-limit';
import type { ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import { Coordinator, embeddedCoordinatorUrl, type RolloutRow, type TargetRow } from './coordinator.js';
import { TargetDatabases } from './target-databases.js';
import type { FleetSpec } from './targets.js';

/** One target as its own history has it (and as the coordinator last saw it). */
export interface FleetTargetStatus {
  readonly target: string;
  /** The newest applied migration; null when none is applied. */
  readonly version: string | null;
  readonly applied: number;
  readonly pending: number;
  /** Migrations stopped part-way (non-transactional). */
  readonly partial: number;
  /** The target could not be read (unreachable, refused): its coded error. */
  readonly error: { readonly code: string; readonly message: string } | null;
  /** The coordinator's view: state in the last rollout, attempts, the last failure. */
  readonly rollout: Pick<TargetRow, 'state' | 'attempts' | 'errorCode' | 'errorMessage' | 'rolloutId'> | null;
}

export interface FleetStatus {
  readonly fleet: string;
  /** The project's newest migration: where every target should be. */
  readonly latest: string | null;
  readonly migrations: number;
  readonly targets: readonly FleetTargetStatus[];
  /** Skew: how many targets are at each version (null: nothing applied), newest first. */
  readonly versions: ReadonlyArray<{ readonly version: string | null; readonly targets: number }>;
  readonly summary: { readonly total: number; readonly upToDate: number; readonly behind: number; readonly unreachable: number; readonly partial: number };
  /** The fleet's last rollout in the coordinator; null when it never ran there. */
  readonly rollout: RolloutRow | null;
}

/** Reads every target's history (at most `concurrency` at once) and the coordinator's last rollout. */
export async function fleetStatus(config: ResolvedConfig, spec: FleetSpec): Promise<FleetStatus> {
  const databases = new TargetDatabases(config);
  const coordinator = await Coordinator.open(spec.coordinatorUrl ?? embeddedCoordinatorUrl(config.cwd, spec.name));
  try {
    const [rollout, rows] = [await coordinator.lastRollout(spec.name), await coordinator.targets(spec.name)];
    const claims = new Map(rows.map((r) => [r.target, r]));
    const limit = pLimit(Math.max(1, spec.concurrency));
    let migrations = 0;
    let latest: string | null = null;
    const targets = await Promise.all(spec.targets.map((t) => limit(async (): Promise<FleetTargetStatus> => {
      const claim = claims.get(t.key);
      const rolloutView = claim ? { state: claim.state, attempts: claim.attempts, errorCode: claim.errorCode, errorMessage: claim.errorMessage, rolloutId: claim.rolloutId } : null;
      try {
        const s = await databases.with(t, (m) => m.status());
        migrations = s.migrations.length;
        latest = s.migrations.at(-1)?.id ?? null;
        const applied = s.migrations.filter((i) => i.state === 'applied');
        return { target: t.key, version: applied.at(-1)?.id ?? null, applied: applied.length, pending: s.summary.pending, partial: s.summary.partial, error: null, rollout: rolloutView };
      } catch (err) {
        const e = err instanceof LockstepError ? err : undefined;
        return { target: t.key, version: null, applied: 0, pending: 0, partial: 0, error: { code: e?.code ?? 'LOCKSTEP_E_INTERNAL', message: (err as Error).message }, rollout: rolloutView };
      }
    })));
    return { fleet: spec.name, latest, migrations, targets, versions: skew(targets), summary: summarise(targets), rollout: rollout ?? null };
  } finally {
    await databases.close();
    await coordinator.close();
  }
}

function skew(targets: readonly FleetTargetStatus[]): FleetStatus['versions'] {
  const counts = new Map<string | null, number>();
  for (const t of targets) if (!t.error) counts.set(t.version, (counts.get(t.version) ?? 0) + 1);
  return [...counts].map(([version, n]) => ({ version, targets: n })).sort((a, b) => (b.version ?? '').localeCompare(a.version ?? '', undefined, { numeric: true }));
}

function summarise(targets: readonly FleetTargetStatus[]): FleetStatus['summary'] {
  const reachable = targets.filter((t) => !t.error);
  return {
    total: targets.length,
    upToDate: reachable.filter((t) => t.pending === 0 && t.partial === 0).length,
    behind: reachable.filter((t) => t.pending > 0 || t.partial > 0).length,
    unreachable: targets.length - reachable.length,
    partial: reachable.filter((t) => t.partial > 0).length,
  };
}
