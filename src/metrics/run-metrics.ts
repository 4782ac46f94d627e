/**
 * Prometheus metrics of `lockstep serve`, on a registry of their own (never prom-client's global one,
 * so two servers in one process, or a host application, keep separate numbers).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RunResult } from '../api/index.js';
import type { RunEvent } from '../runner/index.js';
import type { FleetStatus } from '../fleet/index.js';

export type RunCommand = 'up' | 'down';

export interface RunMetrics {
  readonly registry: Registry;
  /** Counts migrations, lock waits and lock retries from the runner's progress events. */
  observeEvent(environment: string, event: RunEvent): void;
  /** Records a finished run: its duration and, when it succeeded, the time of success. */
  observeRun(environment: string, command: RunCommand, result: RunResult | undefined, seconds: number): void;
  /** A run refused because another run held the lock. */
  observeConflict(environment: string): void;
  setPending(environment: string, pending: number): void;
  setReachable(environment: string, up: boolean): void;
  /** A fleet's targets by state, and its last rollout, as of the last read of the fleet. */
  observeFleet(status: FleetStatus): void;
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  /** Called before every scrape, e.g. to refresh the pending gauge. */
  onScrape(refresh: () => Promise<void>): void;
  render(): Promise<string>;
}

const DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];

function instruments(registry: Registry) {
  const env = ['environment'] as const;
  const registers = [registry];
  return {
    applied: new Counter({ name: 'lockstep_migrations_applied_total', help: 'Migrations applied', labelNames: env, registers }),
    rolledBack: new Counter({ name: 'lockstep_migrations_rolled_back_total', help: 'Migrations rolled back', labelNames: env, registers }),
    failed: new Counter({ name: 'lockstep_migrations_failed_total', help: 'Migrations that failed (up or down)', labelNames: ['environment', 'direction'] as const, registers }),
    migrationSeconds: new Histogram({ name: 'lockstep_migration_duration_seconds', help: 'Time to apply or roll back one migration', labelNames: ['environment', 'direction'] as const, buckets: DURATION_BUCKETS, registers }),
    runSeconds: new Histogram({ name: 'lockstep_run_duration_seconds', help: 'Time of a whole up/down run, run lock included', labelNames: ['environment', 'command'] as const, buckets: DURATION_BUCKETS, registers }),
    lockWaits: new Counter({ name: 'lockstep_run_lock_waits_total', help: 'Times a run reported waiting for the run lock', labelNames: env, registers }),
    conflicts: new Counter({ name: 'lockstep_run_lock_conflicts_total', help: 'Runs refused (409) because another run held the lock', labelNames: env, registers }),
    lockRetries: new Counter({ name: 'lockstep_lock_retries_total', help: 'Statements retried after lock_timeout', labelNames: env, registers }),
    pending: new Gauge({ name: 'lockstep_pending_migrations', help: 'Pending migrations, as of the last status read or scrape', labelNames: env, registers }),
    reachable: new Gauge({ name: 'lockstep_environment_up', help: '1 when the last read of the environment succeeded', labelNames: env, registers }),
    lastSuccess: new Gauge({ name: 'lockstep_last_success_timestamp_seconds', help: 'Unix time of the last run that finished without a failure', labelNames: env, registers }),
    fleetTargets: new Gauge({ name: 'lockstep_fleet_targets', help: 'Targets of a fleet by state (up_to_date, behind, unreachable), as of the last read', labelNames: ['fleet', 'state'] as const, registers }),
    fleetSkew: new Gauge({ name: 'lockstep_fleet_versions', help: 'How many different versions the targets of a fleet are at (1: no skew)', labelNames: ['fleet'] as const, registers }),
    fleetRolloutFailed: new Gauge({ name: 'lockstep_fleet_rollout_failed_targets', help: 'Targets that failed in the fleet\'s last rollout', labelNames: ['fleet'] as const, registers }),
    requests: new Counter({ name: 'lockstep_http_requests_total', help: 'HTTP requests served', labelNames: ['method', 'route', 'status'] as const, registers }),
    requestSeconds: new Histogram({ name: 'lockstep_http_request_duration_seconds', help: 'HTTP request latency', labelNames: ['method', 'route'] as const, registers }),
  };
}

export function createRunMetrics(): RunMetrics {
  const registry = new Registry();
  const m = instruments(registry);
  const refreshers: Array<() => Promise<void>> = [];
  return {
    registry,
    observeEvent(environment, e) {
      if (e.type === 'migration-done') {
        (e.direction === 'up' ? m.applied : m.rolledBack).inc({ environment });
        m.migrationSeconds.observe({ environment, direction: e.direction }, e.durationMs / 1000);
      } else if (e.type === 'migration-failed') m.failed.inc({ environment, direction: e.direction });
      else if (e.type === 'lock-retry') m.lockRetries.inc({ environment });
      else if (e.type === 'run-lock-wait') m.lockWaits.inc({ environment });
    },
    observeRun(environment, command, result, seconds) {
      m.runSeconds.observe({ environment, command }, seconds);
      if (result && !result.failed) m.lastSuccess.set({ environment }, Date.now() / 1000);
    },
    observeConflict: (environment) => m.conflicts.inc({ environment }),
    setPending: (environment, n) => m.pending.set({ environment }, n),
    setReachable: (environment, up) => m.reachable.set({ environment }, up ? 1 : 0),
    observeFleet(s) {
      m.fleetTargets.set({ fleet: s.fleet, state: 'up_to_date' }, s.summary.upToDate);
      m.fleetTargets.set({ fleet: s.fleet, state: 'behind' }, s.summary.behind);
      m.fleetTargets.set({ fleet: s.fleet, state: 'unreachable' }, s.summary.unreachable);
      m.fleetSkew.set({ fleet: s.fleet }, s.versions.length);
      m.fleetRolloutFailed.set({ fleet: s.fleet }, s.targets.filter((t) => t.rollout?.state === 'failed' && t.rollout.rolloutId === s.rollout?.id).length);
    },
    observeRequest(method, route, status, seconds) {
      m.requests.inc({ method, route, status: String(status) });
      m.requestSeconds.observe({ method, route }, seconds);
    },
    onScrape: (refresh) => void refreshers.push(refresh),
    async render() {
      await Promise.all(refreshers.map((r) => r().catch(() => undefined)));
      return registry.metrics();
    },
  };
}
