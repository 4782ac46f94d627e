import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { FleetConfig, ResolvedConfig } from '../config/index.js';
import { LockstepError, type SourceLocation } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { openDatabase } from '../db/index.js';
import { parseTargetLine, uniqueTargets, makeTarget, type FleetTarget } from './target.js';

/** What `lockstep fleet …` was asked for, from flags over `fleets.<name>` in the config. */
export interface FleetFlags {
  readonly fleet?: string | undefined;
  readonly targets?: string | undefined;
  readonly coordinator?: string | undefined;
  readonly concurrency?: number | undefined;
  readonly canary?: number | undefined;
  readonly maxFailures?: number | undefined;
  readonly leaseMs?: number | undefined;
}

/** A fleet resolved: its targets in order, and how its rollouts run. */
export interface FleetSpec {
  readonly name: string;
  readonly targets: readonly FleetTarget[];
  /** undefined: a coordinator of this process alone (embedded, in .lockstep/fleet-<name>). */
  readonly coordinatorUrl: string | undefined;
  readonly concurrency: number;
  readonly canary: number;
  /** Failures after which the rollout stops; undefined: every target is tried. */
  readonly maxFailures: number | undefined;
  readonly leaseMs: number;
}

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_LEASE_MS = 30_000;

/** A URL, or the name of an environment variable holding one (as `environments` in the config). */
function urlValue(value: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (value === undefined) return undefined;
  return value.includes('://') ? value : env[value.replace(/^\$/, '')] || undefined;
}

function pickFleet(config: ResolvedConfig, flags: FleetFlags): { name: string; fleet: FleetConfig } {
  const fleets = config.file.fleets ?? {};
  const names = Object.keys(fleets);
  if (flags.fleet !== undefined) {
    const fleet = fleets[flags.fleet];
    if (fleet) return { name: flags.fleet, fleet };
    if (flags.targets !== undefined) return { name: flags.fleet, fleet: {} };
    throw new LockstepError('LOCKSTEP_E_FLEET_UNKNOWN', `fleet "${flags.fleet}" is not configured`, {
      hint: `Configured fleets: ${names.join(', ') || '(none)'}. Add it under "fleets" in the config file, or give its targets with --targets FILE.`,
    });
  }
  if (flags.targets !== undefined) return { name: 'default', fleet: {} };
  if (names.length === 1 && names[0] !== undefined) return { name: names[0], fleet: fleets[names[0]] ?? {} };
  throw new LockstepError('LOCKSTEP_E_FLEET_UNKNOWN', names.length === 0 ? 'no fleet: give --targets FILE or configure "fleets" in the config file' : `several fleets are configured (${names.join(', ')}): name one with --fleet`, {
    hint: 'See docs/fleets.md#targets.',
  });
}

export async function resolveFleet(config: ResolvedConfig, flags: FleetFlags): Promise<FleetSpec> {
  const { name, fleet } = pickFleet(config, flags);
  const env = config.inputs.env;
  const coordinatorUrl = flags.coordinator ?? urlValue(fleet.coordinator, env);
  const targets = await fleetTargets(config, fleet, flags, coordinatorUrl);
  if (targets.length === 0) {
    throw new LockstepError('LOCKSTEP_E_FLEET_TARGETS', `fleet "${name}" has no targets`, { hint: 'A targets file lists one target per line; a targetsQuery must return rows.' });
  }
  return {
    name,
    targets,
    coordinatorUrl,
    concurrency: flags.concurrency ?? fleet.concurrency ?? DEFAULT_CONCURRENCY,
    canary: flags.canary ?? fleet.canary ?? 0,
    maxFailures: flags.maxFailures ?? fleet.maxFailures,
    leaseMs: checkedLease(flags.leaseMs, fleet.lease),
  };
}

/**
 * Shortest lease: a runner renews its leases every third of one (at least every 100 ms) over a coordinator session that
 * may itself wait; below a second a busy coordinator lets a live runner's claims lapse and another runner take them.
 */
export const MIN_LEASE_MS = 1000;

function checkedLease(flag: number | undefined, configured: string | number | undefined): number {
  const ms = flag ?? (configured === undefined ? DEFAULT_LEASE_MS : typeof configured === 'number' ? configured : parseDuration(configured, 'lease'));
  if (ms < MIN_LEASE_MS) {
    const where = flag !== undefined ? '--lease' : "the fleet's lease";
    throw new LockstepError(flag !== undefined ? 'LOCKSTEP_E_USAGE' : 'LOCKSTEP_E_CONFIG', `${where} of ${ms} ms is shorter than the ${MIN_LEASE_MS} ms a lease needs: a runner's heartbeats could not keep its claims, and other runners would take over targets it is migrating`, {
      hint: 'Give at least 1s (the default is 30s): a longer lease only delays the takeover of a runner that died.',
    });
  }
  return ms;
}

async function fleetTargets(config: ResolvedConfig, fleet: FleetConfig, flags: FleetFlags, coordinatorUrl: string | undefined): Promise<FleetTarget[]> {
  if (flags.targets !== undefined) return readTargetsFile(resolve(config.cwd, flags.targets), config);
  const configFile = config.configPath ? relative(config.cwd, config.configPath) || config.configPath : 'config';
  const entries: Array<{ target: FleetTarget; where: SourceLocation }> = [];
  for (const [i, line] of (fleet.targets ?? []).entries()) {
    const where = { file: `${configFile} (fleets targets[${i}])` };
    const target = parseTargetLine(line, config.url, where);
    if (target) entries.push({ target, where });
  }
  const listed = uniqueTargets(entries);
  if (fleet.targetsFile !== undefined) {
    const base = config.configPath ? dirname(config.configPath) : config.cwd;
    listed.push(...(await readTargetsFile(resolve(base, fleet.targetsFile), config)));
  }
  if (fleet.targetsQuery !== undefined) {
    const control = urlValue(fleet.controlUrl, config.inputs.env) ?? coordinatorUrl ?? config.url;
    listed.push(...(await queryTargets(fleet.targetsQuery, control, config.url)));
  }
  return uniqueTargets(listed.map((target) => ({ target, where: { file: configFile } })));
}

/** `--targets FILE`: one target per line; errors name the file and line. */
export async function readTargetsFile(path: string, config: ResolvedConfig): Promise<FleetTarget[]> {
  const shown = relative(config.cwd, path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new LockstepError('LOCKSTEP_E_FLEET_TARGETS', `cannot read targets file ${shown}: ${(err as Error).message}`, {
      hint: 'Give the path of a file with one target per line (see docs/fleets.md#targets).',
      location: { file: shown },
    });
  }
  const entries: Array<{ target: FleetTarget; where: SourceLocation }> = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    const where = { file: shown, line: i + 1 };
    const target = parseTargetLine(line, config.url, where);
    if (target) entries.push({ target, where });
  }
  return uniqueTargets(entries);
}

/**
 * `targetsQuery`: the platform's own tenant table drives the fleet. Each row gives `url` (null: the configured
 * database) and/or `schema` (null: the whole database).
 */
export async function queryTargets(sql: string, controlUrl: string | undefined, baseUrl: string | undefined): Promise<FleetTarget[]> {
  if (controlUrl === undefined) {
    throw new LockstepError('LOCKSTEP_E_FLEET_TARGETS', 'targetsQuery needs a database to run on: set controlUrl (or coordinator, or url)', { hint: 'See docs/fleets.md#tenant-table.' });
  }
  const db = openDatabase(controlUrl);
  try {
    const session = await db.connect('lockstep fleet targets');
    try {
      const { rows } = await session.query<{ url?: unknown; schema?: unknown }>(sql);
      return rows.map((row, i) => {
        const url = typeof row.url === 'string' && row.url !== '' ? row.url : baseUrl;
        const schema = typeof row.schema === 'string' && row.schema !== '' ? row.schema : undefined;
        const where = { file: 'targetsQuery', line: i + 1 };
        if (url === undefined && schema === undefined) {
          throw new LockstepError('LOCKSTEP_E_FLEET_TARGETS', `targetsQuery row ${i + 1} has neither a url nor a schema column`, { hint: 'Return a column named url, schema, or both.', location: where });
        }
        const target = parseTargetLine(schema === undefined ? String(url) : `${url ?? ''} ${schema}`.trim(), baseUrl, where);
        return target ?? makeTarget(String(url), schema);
      });
    } catch (err) {
      if (err instanceof LockstepError) throw err;
      throw new LockstepError('LOCKSTEP_E_FLEET_TARGETS', `targetsQuery failed: ${(err as Error).message}`, { hint: 'Run the query by hand on the control database; it must return a url and/or schema column.', cause: err });
    } finally {
      await session.release();
    }
  } finally {
    await db.close();
  }
}
