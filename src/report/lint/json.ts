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

const str = JSON.stringify;

/**
 * One finding laid out as JSON.stringify(findings, null, 2) lays out an array element (indented by two spaces),
 * written field by field: tens of thousands of findings cost a fraction of what a generic stringify costs. Anything
 * the fixed layout does not cover (a missing or non-finite field) goes through JSON.stringify itself.
 */
function findingJson(f: Finding): string {
  const plain = typeof f.file === 'string' && typeof f.rule === 'string' && typeof f.severity === 'string' && typeof f.message === 'string'
    && typeof f.help === 'string' && typeof f.docUrl === 'string' && [f.line, f.column, f.endLine, f.endColumn].every(Number.isFinite)
    && (!f.lock || (typeof f.lock.mode === 'string' && typeof f.lock.relation === 'string' && f.lock.blocks.every((b) => typeof b === 'string')));
  if (!plain) return `  ${str(jsonFinding(f), null, 2).replaceAll('\n', '\n  ')}`;
  const head = `  {\n    "file": ${str(f.file)},\n    "line": ${f.line},\n    "column": ${f.column},\n    "endLine": ${f.endLine},\n    "endColumn": ${f.endColumn},\n    "rule": ${str(f.rule)},\n    "severity": ${str(f.severity)},\n    "message": ${str(f.message)},\n    "help": ${str(f.help)},\n    "docUrl": ${str(f.docUrl)}`;
  if (!f.lock) return `${head}\n  }`;
  const blocks = f.lock.blocks.length === 0 ? '[]' : `[\n${f.lock.blocks.map((b) => `        ${str(b)}`).join(',\n')}\n      ]`;
  return `${head},\n    "lock": {\n      "mode": ${str(f.lock.mode)},\n      "relation": ${str(f.lock.relation)},\n      "blocks": ${blocks}\n    }\n  }`;
}

/**
 * The JSON output in pieces whose concatenation is formatJson(run), so that a run with tens of thousands of findings
 * is written piece by piece instead of being held as one string (and again as the bytes written) in memory.
 */
export function* formatJsonPieces(run: LintRun): Generator<string> {
  const all = run.unusedIgnores.length === 0 ? run.findings : [...run.findings, ...run.unusedIgnores];
  if (all.length === 0) {
    yield '[]\n';
    return;
  }
  for (let start = 0; start < all.length; start += PER_PIECE) {
    const items = all.slice(start, start + PER_PIECE).map(findingJson);
    yield `${start === 0 ? '[\n' : ',\n'}${items.join(',\n')}`;
  }
  yield '\n]\n';
}

/** A JSON array of Finding objects (unused ignores included), stable key order, one trailing newline. */
export function formatJson(run: LintRun): string {
  return [...formatJsonPieces(run)].join('');
}
