/**
 * The SQL form of a backfill, written in a migration's leading comment block:
 *
 *   -- lockstep:backfill table=payments set="captured_at = created_at" where="captured_at IS NULL" batch-size=5000 pause=20ms
 *
 * Values are bare words or quoted with "..." or '...'; inside quotes the quote character is written twice.
 * Pure (no parser, no database): the loader calls it, the runner validates the SQL fragments later.
 */
import { parseDuration } from '../core/duration.js';
import type { BackfillSpec } from '../core/types.js';
import { parseBytes } from '../core/bytes.js';

export const BACKFILL_KEYS = ['table', 'set', 'where', 'key', 'batch-size', 'pause', 'max-replica-lag'] as const;

export type DirectiveParse = { readonly spec: BackfillSpec; readonly problem?: undefined } | { readonly spec?: undefined; readonly problem: string };

/** Splits `a=1 b="x y"` into pairs, or says what is wrong. */
export function keyValues(text: string): { pairs: Array<[string, string]>; problem?: string } {
  const pairs: Array<[string, string]> = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i] ?? '')) {
      i++;
      continue;
    }
    const key = /^([A-Za-z][A-Za-z0-9-]*)=/.exec(text.slice(i));
    if (!key || key[1] === undefined) return { pairs, problem: `expected key=value at "${text.slice(i, i + 20)}"` };
    i += key[0].length;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return { pairs, problem: `unterminated ${quote}-quoted value of ${key[1]}` };
        if (text[j] === quote && text[j + 1] === quote) {
          value += quote;
          j += 2;
        } else if (text[j] === quote) break;
        else value += text[j++];
      }
      pairs.push([key[1].toLowerCase(), value]);
      i = j + 1;
    } else {
      const end = text.slice(i).search(/\s|$/);
      pairs.push([key[1].toLowerCase(), text.slice(i, i + end)]);
      i += end;
    }
  }
  return { pairs };
}

export function parseBackfillDirective(text: string): DirectiveParse {
  const { pairs, problem } = keyValues(text);
  if (problem) return { problem };
  const values = new Map<string, string>();
  for (const [k, v] of pairs) {
    if (!(BACKFILL_KEYS as readonly string[]).includes(k)) return { problem: `unknown key "${k}" (known: ${BACKFILL_KEYS.join(', ')})` };
    if (values.has(k)) return { problem: `"${k}" is given twice` };
    values.set(k, v);
  }
  const table = values.get('table');
  const set = values.get('set');
  if (!table || !set) return { problem: 'table=<table> and set="<assignments>" are required' };
  return specFrom(values, table, set);
}

function specFrom(values: ReadonlyMap<string, string>, table: string, set: string): DirectiveParse {
  const out: { -readonly [K in keyof BackfillSpec]: BackfillSpec[K] } = { table, set };
  if (values.has('where')) out.where = values.get('where');
  if (values.has('key')) out.key = values.get('key');
  const size = values.get('batch-size');
  if (size !== undefined) {
    if (!/^\d+$/.test(size) || Number(size) < 1) return { problem: `batch-size must be a whole number >= 1, got "${size}"` };
    out.batchSize = Number(size);
  }
  const pause = values.get('pause');
  if (pause !== undefined) {
    try {
      out.pauseMs = parseDuration(pause, 'pause');
    } catch {
      return { problem: `pause must be a duration such as 20ms or 1s, got "${pause}"` };
    }
  }
  const lag = values.get('max-replica-lag');
  if (lag !== undefined) {
    const bytes = parseBytes(lag);
    if (bytes === undefined) return { problem: `max-replica-lag must be a size such as 16MB, got "${lag}"` };
    out.maxReplicaLagBytes = bytes;
  }
  return { spec: out };
}
