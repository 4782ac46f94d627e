import { parseBytes } from '../core/bytes.js';
import { parseDuration } from '../core/duration.js';
import type { ResolvedConfig } from '../config/index.js';
import type { PreflightSettings } from './types.js';

export const PREFLIGHT_DEFAULTS = {
  longTransactionMs: 5 * 60_000,
  idleInTransactionMs: 10_000,
  maxReplicaLagBytes: 64 * 1024 * 1024,
  backupTimeoutMs: 5 * 60_000,
} as const;

const ms = (v: string | number | undefined, fallback: number): number => (v === undefined ? fallback : typeof v === 'number' ? v : parseDuration(v));
const applies = (environments: readonly string[] | undefined, name: string | null): boolean => environments === undefined || (name !== null && environments.includes(name));

/**
 * The pre-flight settings for the configured environment. Maintenance windows and the backup check apply to
 * protected environments only (and, when they list environments, to those).
 */
export function preflightSettings(config: ResolvedConfig): PreflightSettings {
  const p = config.file.preflight ?? {};
  const isProtected = config.protected;
  const backup = p.backupCheck;
  return {
    longTransactionMs: ms(p.longTransaction, PREFLIGHT_DEFAULTS.longTransactionMs),
    idleInTransactionMs: ms(p.idleInTransaction, PREFLIGHT_DEFAULTS.idleInTransactionMs),
    maxReplicaLagBytes: p.maxReplicaLag === undefined ? PREFLIGHT_DEFAULTS.maxReplicaLagBytes : parseBytes(p.maxReplicaLag) ?? PREFLIGHT_DEFAULTS.maxReplicaLagBytes,
    maintenanceWindows: isProtected ? (p.maintenanceWindows ?? []).filter((w) => applies(w.environments, config.envName)) : [],
    backupCheck: isProtected && backup && applies(backup.environments, config.envName)
      ? { command: backup.command, timeoutMs: ms(backup.timeout, PREFLIGHT_DEFAULTS.backupTimeoutMs) }
      : undefined,
  };
}
