import type { Finding, LintRun, Severity } from '../../lint/types.js';

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors, 1 warning, 0 infos in 3 files" or "No findings in 3 files". */
export function summaryLine(run: LintRun): string {
  const all = [...run.findings, ...run.unusedIgnores];
  const files = plural(run.files.length, 'file');
  if (all.length === 0) return `No findings in ${files}.`;
  const c = countBySeverity(all);
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info in ${files}.`;
}
