/** One up/down run for an HTTP request: metrics, alerts, and a JSON or NDJSON answer. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Migrator, RunResult } from '../../api/index.js';
import { formatDuration } from '../../core/duration.js';
import type { LockstepError } from '../../core/errors.js';
import type { RunCommand } from '../../metrics/index.js';
import { redact } from '../../core/redact.js';
import { errorJson } from '../../report/index.js';
import type { RunEvent } from '../../api/index.js';
import { asLockstepError, errorBody } from '../http-error.js';
import type { AppEnv, ServerContext } from '../server-context.js';
import { ndjsonResponse, wantsNdjson } from './ndjson.js';

export interface RunRequest {
  readonly command: RunCommand;
  readonly env: string;
  readonly dryRun: boolean;
  run(m: Migrator): Promise<RunResult>;
}

/** The CLI's --json shape: the failure's error as `{ code, message, hint, location }`. */
export function runJson(result: RunResult): Record<string, unknown> {
  return { ...result, failed: result.failed ? { ...result.failed, error: errorJson(result.failed.error) } : undefined };
}

type Outcome = { readonly result: RunResult } | { readonly error: LockstepError };

function alertOnOutcome(ctx: ServerContext, req: RunRequest, outcome: Outcome, requestId: string): void {
  const failed = 'result' in outcome ? outcome.result.failed : undefined;
  if (failed) {
    ctx.alerts.send({
      event: 'failure', environment: req.env,
      text: `${req.command} ${failed.notStarted ? 'stopped before' : 'failed at'} ${failed.version} ${failed.name}: [${failed.error.code}] ${failed.error.message}`,
      details: { command: req.command, version: failed.version, code: failed.error.code, requestId },
    });
  } else if ('error' in outcome && outcome.error.httpStatus >= 500) {
    // Refusals (409 lock taken, 4xx validation) are the caller's business; a server-side failure is an operator's.
    ctx.alerts.send({ event: 'failure', environment: req.env, text: `${req.command} could not run: [${outcome.error.code}] ${outcome.error.message}`, details: { command: req.command, code: outcome.error.code, requestId } });
  }
}

/** Runs the migration with a long-run timer, feeding events to metrics and to `onEvent`. Never throws. */
async function perform(c: Context<AppEnv>, ctx: ServerContext, req: RunRequest, onEvent: (e: RunEvent) => void): Promise<Outcome> {
  const started = performance.now();
  const requestId = c.get('requestId');
  const timer = req.dryRun ? undefined : setTimeout(() => {
    ctx.alerts.send({ event: 'long-run', environment: req.env, text: `${req.command} still running after ${formatDuration(ctx.alerts.longRunThresholdMs)} (request ${requestId})`, details: { command: req.command, requestId } });
  }, ctx.alerts.longRunThresholdMs);
  timer?.unref();
  let outcome: Outcome;
  try {
    outcome = { result: await ctx.pool.run(req.env, (e) => { ctx.metrics.observeEvent(req.env, e); onEvent(e); }, req.run) };
  } catch (err) {
    outcome = { error: asLockstepError(err) };
    if (outcome.error.code === 'LOCKSTEP_E_RUN_LOCK_TIMEOUT') ctx.metrics.observeConflict(req.env);
  } finally {
    clearTimeout(timer);
  }
  if (!req.dryRun) {
    ctx.metrics.observeRun(req.env, req.command, 'result' in outcome ? outcome.result : undefined, (performance.now() - started) / 1000);
    alertOnOutcome(ctx, req, outcome, requestId);
  }
  return outcome;
}

function outcomeBody(outcome: Outcome): { body: Record<string, unknown>; status: ContentfulStatusCode } {
  if ('result' in outcome) {
    const failed = outcome.result.failed;
    return { body: JSON.parse(redact(JSON.stringify(runJson(outcome.result)))) as Record<string, unknown>, status: (failed ? failed.error.httpStatus : 200) as ContentfulStatusCode };
  }
  return { body: errorBody(outcome.error), status: outcome.error.httpStatus as ContentfulStatusCode };
}

/**
 * With `Accept: application/x-ndjson` the answer is a stream: one line per RunEvent as it happens, then
 * `{ "type": "result", "status", "result" }` or `{ "type": "error", "status", "error" }`. The HTTP status of
 * a stream is 200 (it is sent before the run ends); the last line carries the real one.
 */
export async function executeRun(c: Context<AppEnv>, ctx: ServerContext, req: RunRequest): Promise<Response> {
  if (!wantsNdjson(c)) {
    const { body, status } = outcomeBody(await perform(c, ctx, req, () => undefined));
    return c.json(body, status);
  }
  return ndjsonResponse(c, async (line) => {
    const outcome = await perform(c, ctx, req, line);
    const { body, status } = outcomeBody(outcome);
    return 'result' in outcome ? { type: 'result', status, result: body } : { type: 'error', status, ...body };
  });
}
