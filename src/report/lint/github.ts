/** GitHub Actions workflow commands: one annotation per finding (https://docs.github.com/actions/reference/workflow-commands-for-github-actions). */
import type { Finding, LintRun } from '../../lint/index.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Data: %, CR and LF are escaped. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally escape ':' and ','. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubLine(f: Finding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(f.rule)}`,
  ].join(',');
  return `::${LEVEL[f.severity]} ${props}::${escapeData(`${f.message}\n${f.help}\n${f.docUrl}`)}`;
}

/**
 * A run that stopped (a syntax error, a bad path) as error annotations, one per problem, so that a workflow shows
 * them on the file as it shows findings.
 */
export function githubFailure(errors: ReadonlyArray<{ readonly code: string; readonly message: string; readonly hint: string; readonly location?: { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined } | undefined }>): string {
  return errors
    .map((e) => {
      const at = e.location?.file ? [`file=${escapeProperty(e.location.file)}`, ...(e.location.line !== undefined ? [`line=${e.location.line}`] : []), ...(e.location.column !== undefined ? [`col=${e.location.column}`] : [])] : [];
      return `::error ${[...at, `title=${escapeProperty(e.code)}`].join(',')}::${escapeData(`${e.message}\n${e.hint}`)}\n`;
    })
    .join('');
}

export function formatGithub(run: LintRun): string {
  const lines = [...run.findings, ...run.unusedIgnores].map(githubLine);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
