/** One webhook POST, retried with exponential backoff. Never throws: the outcome is returned for logging. */

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

export async function deliverWebhook(url: string, payload: unknown, opts: DeliveryOptions = DEFAULT_DELIVERY): Promise<DeliveryOutcome> {
  const body = JSON.stringify(payload);
  let last: DeliveryOutcome = { ok: false, attempts: 0 };
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, opts.baseDelayMs * 2 ** (attempt - 1)));
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(opts.timeoutMs) });
      await res.arrayBuffer().catch(() => undefined);
      last = { ok: res.ok, attempts: attempt + 1, status: res.status };
      if (res.ok || !retryable(res.status)) return last;
    } catch (err) {
      last = { ok: false, attempts: attempt + 1, error: (err as Error).message };
    }
  }
  return last;
}

/** A webhook URL safe to log: Slack-style URLs carry their secret in the path, so only the origin is shown. */
export function webhookLabel(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid URL)';
  }
}
