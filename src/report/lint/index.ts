/** Lint output formats: pure functions of a LintRun. */
import { reachesFailOn, type LintRun, type Severity } from '../../lint/index.js';
import { formatGithub } from './github.js';
import { formatHuman } from './human.js';
import type { HumanOptions } from './human.js';
import { formatJson, formatJsonPieces } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';

export type LintFormat = 'human' | 'json' | 'sarif' | 'github' | 'markdown';
export const LINT_FORMATS: readonly LintFormat[] = ['human', 'json', 'sarif', 'github', 'markdown'];

export function formatLint(format: LintFormat, run: LintRun, options: HumanOptions = {}): string {
  switch (format) {
    case 'human':
      return formatHuman(run, options);
    case 'json':
      return formatJson(run);
    case 'sarif':
      return formatSarif(run);
    case 'github':
      return formatGithub(run);
    case 'markdown':
      return formatMarkdown(run);
  }
}

/** formatLint's text in pieces to write one after another (only JSON, whose output can be large, has several). */
export function formatLintPieces(format: LintFormat, run: LintRun, options: HumanOptions = {}): Iterable<string> {
  return format === 'json' ? formatJsonPieces(run) : [formatLint(format, run, options)];
}

/** 1 when any finding (unused ignores included) is at or above `failOn`; 0 otherwise. Usage and parse errors (exit 2) are thrown LockstepErrors, not findings. */
export function lintExitCode(run: LintRun, failOn: Severity | 'none'): 0 | 1 {
  const all = [...run.findings, ...run.unusedIgnores];
  return all.some((f) => reachesFailOn(f.severity, failOn)) ? 1 : 0;
}

export { formatHuman, renderFinding } from './human.js';
export type { HumanOptions } from './human.js';
export { formatJson } from './json.js';
export { formatSarif } from './sarif.js';
export { formatGithub, githubLine } from './github.js';
export { formatMarkdown } from './markdown.js';
