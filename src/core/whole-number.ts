import { LockstepError } from './errors.js';

export interface WholeNumberRange {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/**
 * A whole number written in decimal digits, within a range. Stricter than Number(): "0x1", "1e3", " 1 ", "1.0",
 * "+1" and "" are refused, so what was typed is what runs (`--step 0x1` is not read as 1).
 * `what` names where the text came from (a flag, a variable) and is the start of the message.
 */
export function parseWholeNumber(text: string, what: string, range: WholeNumberRange = {}): number {
  const min = range.min ?? 0;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  const n = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const bounds = range.max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new LockstepError('LOCKSTEP_E_USAGE', `${what} expects a whole number ${bounds}, got "${text}"`, {
      hint: `Write it in decimal digits only, e.g. ${what.startsWith('-') ? `${what} ${Math.max(min, 1)}` : `${what}=${Math.max(min, 1)}`}.`,
      details: { name: what, value: text },
    });
  }
  return n;
}
