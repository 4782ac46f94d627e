import type { LintRun } from '../../lint/index.js';

/** A JSON array of Finding objects (unused ignores included), stable key order, one trailing newline. */
export function formatJson(run: LintRun): string {
  const all = [...run.findings, ...run.unusedIgnores].map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    help: f.help,
    docUrl: f.docUrl,
    ...(f.lock ? { lock: { mode: f.lock.mode, relation: f.lock.relation, blocks: f.lock.blocks } } : {}),
  }));
  return `${JSON.stringify(all, null, 2)}\n`;
}
