import type { Finding, LintRun, Severity } from '../../lint/index.js';

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors, 1 warning, 0 info in 3 files." or "No findings in 3 files.", then how many applied migrations were left out. */
export function summaryLine(run: LintRun): string {
  const all = [...run.findings, ...run.unusedIgnores];
  // A file that could not be read as a migration was looked at too: its invalid-migration finding says so.
  const unreadable = all.filter((f) => f.rule === 'invalid-migration').map((f) => f.file);
  const files = plural(new Set([...run.files, ...unreadable]).size, 'file');
  const c = countBySeverity(all);
  const line = all.length === 0 ? `No findings in ${files}.` : `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info in ${files}.`;
  return line + skippedNote(run) + codeNote(run);
}

/** " 63 migrations are code (TypeScript/JavaScript, or only their own tool can run them): not linted." */
function codeNote(run: LintRun): string {
  const n = run.notSql?.length ?? 0;
  if (n === 0) return '';
  return ` ${plural(n, 'migration')} ${n === 1 ? 'is' : 'are'} code, not SQL (a TypeScript/JavaScript module, or one only its own tool can run): not linted.`;
}

/** " 3 migrations already applied on the database were not linted (--include-applied lints them)." */
function skippedNote(run: LintRun): string {
  const n = run.skippedApplied?.length ?? 0;
  if (n === 0) return '';
  return ` ${plural(n, 'migration')} already applied on the database ${n === 1 ? 'was' : 'were'} not linted (--include-applied lints ${n === 1 ? 'it' : 'them'}).`;
}
