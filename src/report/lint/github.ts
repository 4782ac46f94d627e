/** GitHub Actions workflow commands: one annotation per finding (https://docs.github.com/actions/reference/workflow-commands-for-github-actions). */
import type { Finding, LintRun } from '../../lint/types.js';

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

export function formatGithub(run: LintRun): string {
  const lines = [...run.findings, ...run.unusedIgnores].map(githubLine);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
