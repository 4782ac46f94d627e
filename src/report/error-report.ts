import { LockstepError, LockstepErrors } from '../core/errors.js';
import { redact } from '../core/redact.js';

/** error[CODE]: message / --> file:line:col / hint: … — every problem when there are several. */
export function formatError(err: LockstepError): string {
  const one = (e: LockstepError): string[] => {
    const lines = [`error[${e.code}]: ${e.message}`];
    if (e.where) lines.push(`  --> ${e.where}`);
    lines.push(`  hint: ${e.hint.split('\n').join('\n        ')}`);
    return lines;
  };
  const parts = err instanceof LockstepErrors ? err.errors.flatMap((e) => [...one(e), '']) : one(err);
  if (err instanceof LockstepErrors) parts.push(`${err.errors.length} problems; nothing was changed.`);
  return redact(parts.join('\n').trimEnd());
}

export function errorJson(err: LockstepError): Record<string, unknown> {
  const base = err.toJSON();
  return err instanceof LockstepErrors ? { ...base, errors: err.errors.map((e) => e.toJSON()) } : base;
}
