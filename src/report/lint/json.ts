import type { Finding, LintRun } from '../../lint/index.js';

/** One finding with the JSON output's stable key order. */
function jsonFinding(f: Finding): Record<string, unknown> {
  return {
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
  };
}

/** Findings per piece of formatJsonPieces: large enough that writing costs little, small enough to stay small. */
const PER_PIECE = 500;

/**
 * The JSON output in pieces whose concatenation is formatJson(run), so that a run with tens of thousands of findings
 * is written piece by piece instead of being held as one string (and again as the bytes written) in memory. Each
 * piece is JSON.stringify of 500 findings without its brackets: the layout is the one JSON.stringify gives the whole.
 */
export function* formatJsonPieces(run: LintRun): Generator<string> {
  const all = run.unusedIgnores.length === 0 ? run.findings : [...run.findings, ...run.unusedIgnores];
  if (all.length === 0) {
    yield '[]\n';
    return;
  }
  for (let start = 0; start < all.length; start += PER_PIECE) {
    // "[\n  {...},\n  {...}\n]": the first piece keeps its "[\n", every piece loses its "\n]".
    const text = JSON.stringify(all.slice(start, start + PER_PIECE).map(jsonFinding), null, 2);
    yield start === 0 ? text.slice(0, -2) : `,\n${text.slice(2, -2)}`;
  }
  yield '\n]\n';
}

/** A JSON array of Finding objects (unused ignores included), stable key order, one trailing newline. */
export function formatJson(run: LintRun): string {
  return [...formatJsonPieces(run)].join('');
}
