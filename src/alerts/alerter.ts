/**
 * Alerts of `lockstep serve`: Slack-compatible webhooks (`{ "text": … }` plus a `lockstep` object with the
 * facts) on a failed migration, on a run that outlasts `alerts.longRunThreshold`, and on drift (an applied
 * migration whose file changed). Delivery happens in the background: an alert never fails or delays a run.
 */
import type { ResolvedConfig } from '../config/index.js';
import type { AlertEvent } from '../config/schema.js';
import { parseDuration } from '../core/duration.js';
import { redact } from '../core/redact.js';
import { DEFAULT_DELIVERY, deliverWebhook, webhookLabel, type DeliveryOptions } from './deliver-webhook.js';

export type AlertLog = (level: 'info' | 'warn' | 'error', message: string, fields?: Readonly<Record<string, unknown>>) => void;

export interface Alert {
  readonly event: AlertEvent;
  readonly environment: string;
  readonly text: string;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
}

export interface Alerter {
  readonly longRunThresholdMs: number;
  send(alert: Alert): void;
  /** Drift is reported once per migration until its file matches again. */
  drift(environment: string, changedVersions: readonly string[]): void;
  /** A fleet rollout that stopped (canary, --max-failures) or ended with failed targets (docs/fleets.md#alerts). */
  fleetFailure(failure: FleetFailure): void;
  /** Resolves when every alert sent so far was delivered or given up on. */
  idle(): Promise<void>;
}

export interface FleetFailure {
  readonly fleet: string;
  readonly rollout: string;
  readonly state: string;
  readonly reason: string | null;
  readonly failed: ReadonlyArray<{ readonly target: string; readonly code: string | null; readonly message: string | null }>;
  readonly notMigrated: number;
}

function fleetAlert(f: FleetFailure): Alert {
  const shown = f.failed.slice(0, 5).map((t) => `${t.target} (${t.code ?? 'error'})`).join(', ');
  const more = f.failed.length > 5 ? ` and ${f.failed.length - 5} more` : '';
  return {
    event: 'failure',
    environment: `fleet:${f.fleet}`,
    text: `rollout ${f.rollout} ${f.state}${f.reason ? ` (${f.reason})` : ''}: ${f.failed.length} target(s) failed: ${shown}${more}; ${f.notMigrated} not migrated. Fix the cause and run \`lockstep fleet up\` again: it retries only what is not done.`,
    details: { fleet: f.fleet, rollout: f.rollout, state: f.state, reason: f.reason, failed: f.failed, notMigrated: f.notMigrated },
  };
}

interface Hook {
  readonly url: string | undefined;
  readonly source: string;
  readonly events: readonly AlertEvent[];
}

const ALL_EVENTS: readonly AlertEvent[] = ['failure', 'long-run', 'drift'];

function hooksOf(config: ResolvedConfig, env: NodeJS.ProcessEnv): Hook[] {
  return (config.file.alerts?.webhooks ?? []).map((w) => ({
    // Like environment URLs: a value without "://" names the variable holding the URL (webhook URLs are secrets).
    url: w.url.includes('://') ? w.url : env[w.url.replace(/^\$/, '')] || undefined,
    source: w.url.includes('://') ? webhookLabel(w.url) : `$${w.url.replace(/^\$/, '')}`,
    events: w.events ?? ALL_EVENTS,
  }));
}

/** Remembers what was reported, so each changed migration raises one alert until its file matches again. */
function driftTracker(send: (alert: Alert) => void): Alerter['drift'] {
  const drifted = new Set<string>();
  return (environment, changedVersions) => {
    const key = (v: string): string => `${environment}\u0000${v}`;
    const now = new Set(changedVersions.map(key));
    for (const k of [...drifted]) if (k.startsWith(key('')) && !now.has(k)) drifted.delete(k);
    const fresh = changedVersions.filter((v) => !drifted.has(key(v)));
    for (const v of fresh) drifted.add(key(v));
    if (fresh.length > 0) {
      send({ event: 'drift', environment, text: `applied migration file(s) changed since they ran: ${fresh.join(', ')}. Revert the edit or run \`lockstep repair --accept <version>\`.`, details: { versions: fresh } });
    }
  };
}

export function createAlerter(config: ResolvedConfig, log: AlertLog, opts: { env?: NodeJS.ProcessEnv; delivery?: DeliveryOptions } = {}): Alerter {
  const hooks = hooksOf(config, opts.env ?? process.env);
  for (const h of hooks) if (!h.url) log('warn', 'webhook variable is not set; its alerts are dropped', { webhook: h.source });
  const delivery = { ...DEFAULT_DELIVERY, ...(config.file.alerts?.retries !== undefined ? { retries: config.file.alerts.retries } : {}), ...opts.delivery };
  const threshold = config.file.alerts?.longRunThreshold;
  const inFlight = new Set<Promise<void>>();

  const send = (alert: Alert): void => {
    const payload = { text: redact(`[lockstep] ${alert.environment}: ${alert.text}`), lockstep: { event: alert.event, environment: alert.environment, ...alert.details } };
    for (const hook of hooks) {
      if (!hook.url || !hook.events.includes(alert.event)) continue;
      const p = deliverWebhook(hook.url, payload, delivery).then((r) => {
        if (r.ok) log('info', 'alert delivered', { alert: alert.event, environment: alert.environment, webhook: webhookLabel(hook.url ?? ''), attempts: r.attempts });
        else log('error', 'alert not delivered', { alert: alert.event, environment: alert.environment, webhook: webhookLabel(hook.url ?? ''), attempts: r.attempts, status: r.status, error: r.error });
      });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }
  };

  return {
    longRunThresholdMs: threshold === undefined ? 300_000 : typeof threshold === 'number' ? threshold : parseDuration(threshold),
    send,
    drift: driftTracker(send),
    fleetFailure: (failure) => send(fleetAlert(failure)),
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}
