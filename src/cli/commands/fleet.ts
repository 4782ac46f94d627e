import type { Command } from 'commander';
import { resolveConfig } from '../../config/index.js';
import { parseDuration } from '../../core/duration.js';
import { LockstepError } from '../../core/errors.js';
import { parseWholeNumber } from '../../core/whole-number.js';
import { errorJson, formatError } from '../../report/index.js';
import { formatFleetDown, formatFleetPlan, formatFleetStatus, formatFleetUp } from '../../report/index.js';
import type { FleetEvent, FleetFlags, FleetSpec, FleetUpResult } from '../../fleet/index.js';
import { overridesFrom, print, printJson, stderrEvents, withCommonOptions, withJson, type CommonFlags } from '../common.js';
import { exitCodeFor, withInterrupts } from '../interrupt.js';
import type { ResolvedConfig } from '../../api/index.js';

type FleetCliFlags = CommonFlags & {
  fleet?: string; targets?: string; coordinator?: string; concurrency?: string; canary?: string; maxFailures?: string; lease?: string;
};

/** A count flag in decimal digits (`--concurrency 0x4` is refused, not read as 4). */
function count(value: string | undefined, flag: string, min: number): number | undefined {
  return value === undefined ? undefined : parseWholeNumber(value, flag, { min });
}

function fleetFlags(flags: FleetCliFlags): FleetFlags {
  return {
    fleet: flags.fleet,
    targets: flags.targets,
    coordinator: flags.coordinator ?? (process.env.LOCKSTEP_COORDINATOR_URL || undefined),
    concurrency: count(flags.concurrency, '--concurrency', 1),
    canary: count(flags.canary, '--canary', 0),
    maxFailures: count(flags.maxFailures, '--max-failures', 1),
    leaseMs: flags.lease === undefined ? undefined : parseDuration(flags.lease, '--lease'),
  };
}

async function resolve(flags: FleetCliFlags): Promise<{ config: ResolvedConfig; spec: FleetSpec; fleet: typeof import('../../fleet/index.js') }> {
  if (flags.schema !== undefined) {
    throw new LockstepError('LOCKSTEP_E_USAGE', '--schema names one target; a fleet\'s targets come from --targets or the config', {
      hint: 'List the schemas in the targets file, one per line (see docs/fleets.md#targets).',
    });
  }
  const fleet = await import('../../fleet/index.js');
  const config = await resolveConfig(overridesFrom(flags));
  return { config, spec: await fleet.resolveFleet(config, fleetFlags(flags)), fleet };
}

function withFleetOptions(cmd: Command): Command {
  return withJson(withCommonOptions(cmd))
    .option('--fleet <name>', 'a fleet of the config file (fleets.<name>); default: the only one')
    .option('--targets <file>', 'targets, one per line: <url>, <url> <schema>, or <schema> in the configured database')
    .option('--coordinator <url>', 'PostgreSQL database shared by every runner of the fleet (LOCKSTEP_COORDINATOR_URL); default: embedded, this process only')
    .option('--concurrency <n>', 'targets migrated at once by this runner (default 4)');
}

/** One line per target on stderr, so a CI log shows the rollout as it goes. */
function printEvent(e: FleetEvent): void {
  const line = e.type === 'rollout' ? `fleet ${e.fleet}: ${e.started ? 'started' : 'joined'} rollout ${e.rolloutId} (${e.toMigrate} of ${e.targets} targets to migrate) as runner ${e.runner}`
    : e.type === 'target-start' ? undefined
    : e.type === 'target-done' ? `  ✓ ${e.target} (${e.applied} applied, ${e.durationMs} ms)`
    : e.type === 'target-failed' ? `  ✗ ${e.target} ${e.code}: ${e.message.split('\n')[0] ?? ''}`
    : `fleet: rollout stopped: ${e.reason}`;
  if (line !== undefined) process.stderr.write(`${line}\n`);
}

/** The webhook on a failed wave: sent once, by the runner whose target stopped or ended the rollout. */
async function alertFailedRollout(config: ResolvedConfig, result: FleetUpResult): Promise<void> {
  const { createAlerter } = await import('../../alerts/alerter.js');
  const alerter = createAlerter(config, (level, message, fields) => {
    if (level !== 'info') process.stderr.write(`lockstep: ${message} ${JSON.stringify(fields ?? {})}\n`);
  });
  const inRollout = result.targets.filter((t) => t.rolloutId === result.rollout.id);
  alerter.fleetFailure({
    fleet: result.fleet,
    rollout: result.rollout.id,
    state: result.rollout.state,
    reason: result.rollout.stopReason,
    failed: inRollout.filter((t) => t.state === 'failed').map((t) => ({ target: t.target, code: t.errorCode, message: t.errorMessage })),
    notMigrated: inRollout.filter((t) => t.state === 'pending' || t.state === 'running').length,
  });
  await alerter.idle();
}

export function registerFleet(program: Command): void {
  const fleet = program.command('fleet').description('migrate many databases and tenant schemas as one rollout (docs/fleets.md)');

  withFleetOptions(fleet.command('up').description('migrate every target of the fleet, in waves, shared with any other runner of the same coordinator'))
    .option('--canary <k>', 'migrate the first k targets alone first; stop if any of them fails')
    .option('--max-failures <m>', 'stop the rollout after m failed targets (default: try every target)')
    .option('--lease <duration>', 'how long a claim holds without a heartbeat before another runner takes the target over (default 30s)')
    .option('--to <version>', 'migrate every target up to and including this version')
    .option('--no-lint', 'skip the lint gate on every target (recorded in each target\'s event log)')
    .action(async (flags: FleetCliFlags & { to?: string; lint?: boolean }) => {
      const { config, spec, fleet: api } = await resolve(flags);
      const { value: result, interrupted } = await withInterrupts((signal) => api.fleetUp(config, spec, {
        signal,
        up: { to: flags.to, noLint: flags.lint === false },
        onEvent: printEvent,
        onRunEvent: flags.verbose ? stderrEvents(true) : undefined,
      }));
      if (flags.json) printJson({ ...result, error: result.error ? errorJson(result.error) : undefined });
      else print(formatFleetUp(result));
      if (result.error && result.endedHere) await alertFailedRollout(config, result);
      process.exitCode = interrupted ? exitCodeFor(interrupted) : result.error ? result.error.exitCode : 0;
    });

  withFleetOptions(fleet.command('status').description('every target\'s version, and the skew between them'))
    .action(async (flags: FleetCliFlags) => {
      const { config, spec, fleet: api } = await resolve(flags);
      const status = await api.fleetStatus(config, spec);
      // The targets read are shown; a target that could not be read fails the command, as `lockstep status` does.
      const error = api.unreadTargetsError(status);
      if (flags.json) printJson({ ...status, error: error ? errorJson(error) : undefined });
      else print(formatFleetStatus(status));
      if (error) process.stderr.write(`${formatError(error)}\n`);
      process.exitCode = error ? error.exitCode : 0;
    });

  withFleetOptions(fleet.command('plan').description('lint once, and judge the pending migrations on a sample of targets with their own sizes'))
    .option('--sample <n>', 'how many targets to judge (first, last and evenly between; default 3)')
    .action(async (flags: FleetCliFlags & { sample?: string }) => {
      const { config, spec, fleet: api } = await resolve(flags);
      const plan = await api.fleetPlan(config, spec, { sample: count(flags.sample, '--sample', 1) ?? 3 });
      if (flags.json) printJson(plan);
      else print(formatFleetPlan(plan));
      process.exitCode = plan.blocking.length > 0 ? 1 : 0; // the decision is fleetPlanBlocking's
    });

  withFleetOptions(fleet.command('down').description('roll every target back (default: its newest migration)'))
    .option('--step <n>', 'roll back n migrations on each target')
    .option('--to <version>', 'roll back every migration applied after this version (0 = all)')
    .action(async (flags: FleetCliFlags & { step?: string; to?: string }) => {
      const { config, spec, fleet: api } = await resolve(flags);
      const { value: result, interrupted } = await withInterrupts((signal) => api.fleetDown(config, spec, { signal, to: flags.to, step: count(flags.step, '--step', 1) }));
      if (flags.json) printJson(result);
      else print(formatFleetDown(result));
      process.exitCode = interrupted ? exitCodeFor(interrupted) : result.failed > 0 ? 1 : 0;
    });
}
