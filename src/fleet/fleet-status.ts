import pLimit from 'p-limit';
import type { ResolvedConfig } from '../config/index.js';
import { ERROR_CODES, LockstepError, type ErrorCode } from '../core/errors.js';
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
  /** Each migration's state on this target (applied, pending, partial, rolled_back), by migration id. */
  readonly states: Readonly<Record<string, string>>;
  /**
   * The migration its last rollout failed at: the first one not applied, when the coordinator has the target failed
   * (the migrations after it were never attempted and stay pending). Null otherwise.
   */
  readonly failedAt: string | null;
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
  /** The matrix's columns: per migration, how many targets are in each state (and how many could not be read). */
  readonly byMigration: ReadonlyArray<{ readonly id: string; readonly counts: Readonly<Record<string, number>> }>;
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
    let ids: string[] = [];
    const targets = await Promise.all(spec.targets.map((t) => limit(async (): Promise<FleetTargetStatus> => {
      const claim = claims.get(t.key);
      const rolloutView = claim ? { state: claim.state, attempts: claim.attempts, errorCode: claim.errorCode, errorMessage: claim.errorMessage, rolloutId: claim.rolloutId } : null;
      try {
        const s = await databases.with(t, (m) => m.status());
        migrations = s.migrations.length;
        latest = s.migrations.at(-1)?.id ?? null;
        const applied = s.migrations.filter((i) => i.state === 'applied');
        ids = s.migrations.map((i) => i.id);
        const states = Object.fromEntries(s.migrations.map((i) => [i.id, i.state]));
        const failedAt = claim?.state === 'failed' ? s.migrations.find((i) => i.state === 'pending' || i.state === 'partial')?.id ?? null : null;
        return { target: t.key, version: applied.at(-1)?.id ?? null, applied: applied.length, pending: s.summary.pending, partial: s.summary.partial, states, failedAt, error: null, rollout: rolloutView };
      } catch (err) {
        const e = err instanceof LockstepError ? err : undefined;
        return { target: t.key, version: null, applied: 0, pending: 0, partial: 0, states: {}, failedAt: null, error: { code: e?.code ?? 'LOCKSTEP_E_INTERNAL', message: (err as Error).message }, rollout: rolloutView };
      }
    })));
    return { fleet: spec.name, latest, migrations, targets, byMigration: byMigration(ids, targets), versions: skew(targets), summary: summarise(targets), rollout: rollout ?? null };
  } finally {
    await databases.close();
    await coordinator.close();
  }
}

/**
 * The status could not be read for every target: the error `fleet status` fails with (null when all were read),
 * as `lockstep status` fails on one database it cannot read. The code is the unread targets' own when they share
 * one (LOCKSTEP_E_DB_UNREACHABLE: exit 4, as for one database), else the first one's; every one is named.
 */
export function unreadTargetsError(status: Pick<FleetStatus, 'fleet' | 'targets'>): LockstepError | null {
  const unread = status.targets.filter((t) => t.error);
  const first = unread[0]?.error;
  if (!first) return null;
  const shared = unread.every((t) => t.error?.code === first.code);
  const code = (shared ? first.code : unread.find((t) => t.error?.code === 'LOCKSTEP_E_DB_UNREACHABLE') ? 'LOCKSTEP_E_DB_UNREACHABLE' : first.code) as ErrorCode;
  const list = unread.map((t) => `  - ${t.target}: ${t.error?.code ?? ''} ${(t.error?.message ?? '').split('\n')[0] ?? ''}`).join('\n');
  return new LockstepError(code in ERROR_CODES ? code : 'LOCKSTEP_E_INTERNAL', `fleet ${status.fleet}: ${unread.length} of ${status.targets.length} target(s) could not be read; their versions are unknown:\n${list}`, {
    hint: 'Check that those servers are up and that their URLs and credentials are right (`lockstep status --url <url>` shows one target\'s cause); the other targets\' lines are current.',
    details: { unreachable: unread.map((t) => ({ target: t.target, code: t.error?.code, message: t.error?.message })) },
  });
}

function byMigration(ids: readonly string[], targets: readonly FleetTargetStatus[]): FleetStatus['byMigration'] {
  return ids.map((id) => {
    const counts: Record<string, number> = {};
    for (const t of targets) {
      const state = t.error ? 'unreachable' : t.failedAt === id ? 'failed' : t.states[id] ?? 'pending';
      counts[state] = (counts[state] ?? 0) + 1;
    }
    return { id, counts };
  });
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

/** Each fleet's last rollout in its coordinator (null where it never ran there, or the coordinator cannot be read). */
export async function lastRollouts(config: ResolvedConfig, names: readonly string[]): Promise<Array<{ name: string; rollout: RolloutRow | null; error: string | null }>> {
  return Promise.all(names.map(async (name) => {
    const fleet = config.file.fleets?.[name];
    const url = fleet?.coordinator === undefined ? embeddedCoordinatorUrl(config.cwd, name) : fleet.coordinator.includes('://') ? fleet.coordinator : config.inputs.env[fleet.coordinator.replace(/^\$/, '')];
    if (url === undefined) return { name, rollout: null, error: `coordinator variable ${fleet?.coordinator ?? ''} is not set` };
    try {
      const coordinator = await Coordinator.open(url);
      try {
        return { name, rollout: (await coordinator.lastRollout(name)) ?? null, error: null };
      } finally {
        await coordinator.close();
      }
    } catch (err) {
      return { name, rollout: null, error: (err as Error).message };
    }
  }));
}
