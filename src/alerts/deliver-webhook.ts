/** One webhook POST, retried with exponential backoff. Never throws: the outcome is returned for logging. */
import pRetry from 'p-retry';

export interface DeliveryOptions {
  /** Retries after the first attempt. */
  readonly retries: number;
  /** First backoff delay; doubled after each attempt. */
  readonly baseDelayMs: number;
  /** Per attempt. */
  readonly timeoutMs: number;
}

export interface DeliveryOutcome {
  readonly ok: boolean;
  readonly attempts: number;
  /** The last HTTP status, when an answer came. */
  readonly status?: number | undefined;
  readonly error?: string | undefined;
}

export const DEFAULT_DELIVERY: DeliveryOptions = { retries: 3, baseDelayMs: 500, timeoutMs: 5_000 };

/** 4xx answers other than 408/429 mean the payload or URL is wrong: sending it again will not help. */
function retryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** An answer that is not a success; `retryable` decides whether p-retry tries again. */
class DeliveryFailure extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** POSTs with exponential backoff (p-retry: baseDelayMs, then doubled, no jitter); the outcome says how it went. */
export async function deliverWebhook(url: string, payload: unknown, opts: DeliveryOptions = DEFAULT_DELIVERY): Promise<DeliveryOutcome> {
  const body = JSON.stringify(payload);
  let attempts = 0;
  try {
    const status = await pRetry(async () => {
      attempts++;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(opts.timeoutMs) });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw new DeliveryFailure(res.status);
      return res.status;
    }, {
      retries: opts.retries, minTimeout: opts.baseDelayMs, factor: 2, randomize: false,
      shouldRetry: ({ error }) => !(error instanceof DeliveryFailure) || retryable(error.status),
    });
    return { ok: true, attempts, status };
  } catch (err) {
    return err instanceof DeliveryFailure ? { ok: false, attempts, status: err.status } : { ok: false, attempts, error: (err as Error).message };
  }
}

/** A webhook URL safe to log: Slack-style URLs carry their secret in the path, so only the origin is shown. */
export function webhookLabel(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid URL)';
  }
}
