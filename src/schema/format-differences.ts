import type { SchemaDifference } from './diff-schemas.js';

const SIGN: Readonly<Record<SchemaDifference['kind'], string>> = { added: '+', removed: '-', changed: '~' };

/**
 * A readable list, one object per line, changed fields indented beneath it:
 *
 *   ~ changed column billing.payments.amount
 *       type: integer → bigint
 *   - removed index billing.payments_user_idx
 */
export function formatDifferences(diffs: readonly SchemaDifference[]): string {
  if (diffs.length === 0) return 'No differences.';
  const lines: string[] = [];
  for (const d of diffs) {
    lines.push(`${SIGN[d.kind]} ${d.kind} ${d.objectType} ${d.name}`);
    for (const detail of d.details ?? []) lines.push(`    ${detail}`);
  }
  return lines.join('\n');
}
