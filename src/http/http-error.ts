/** How failures become HTTP answers: `{ error: { code, message, hint, location } }` with the code's status. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { LockstepError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import { errorJson } from '../report/index.js';

export function asLockstepError(err: unknown): LockstepError {
  if (err instanceof LockstepError) return err;
  return new LockstepError('LOCKSTEP_E_INTERNAL', redact(err instanceof Error ? err.message : String(err)), {
    hint: 'This is a bug in Lockstep; the server log has the request id. Please report it.',
  });
}

/** The JSON body the CLI prints with --json, passwords redacted. */
export function errorBody(err: LockstepError): { error: Record<string, unknown> } {
  return { error: JSON.parse(redact(JSON.stringify(errorJson(err)))) as Record<string, unknown> };
}

export function errorResponse(c: Context, err: unknown): Response {
  const e = asLockstepError(err);
  return c.json(errorBody(e), e.httpStatus as ContentfulStatusCode);
}

/**
 * Parses the JSON body against `schema`. A body that is not JSON, or not the expected shape, is
 * LOCKSTEP_E_BAD_JSON naming the field; the body itself is never echoed (it may hold secrets).
 */
export async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const text = await c.req.text();
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      // The parser's message quotes the body, so it is not passed on.
      throw new LockstepError('LOCKSTEP_E_BAD_JSON', 'the request body is not valid JSON', {
        hint: 'Send a JSON object with Content-Type: application/json; see /openapi.json for each route.',
      });
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LockstepError('LOCKSTEP_E_BAD_JSON', `invalid request body: ${issue ? `${issue.path.join('.') || '(body)'}: ${issue.message}` : 'unexpected shape'}`, {
      hint: 'See /openapi.json for the fields each route accepts.',
    });
  }
  return parsed.data;
}
