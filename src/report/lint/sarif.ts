/**
 * SARIF 2.1.0 for GitHub code scanning (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html),
 * type-checked against @types/sarif. Regions use 1-based lines and columns; endColumn is the column after the
 * last character, as in Finding. Rule links are absolute (core/docs-url.ts): SARIF requires absolute URIs for
 * helpUri and informationUri, so a relative docs base leaves them out.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES } from '../../lint/index.js';
import { META_RULES, docUrl } from '../../lint/index.js';
import type { Finding, LintRun, Severity } from '../../lint/index.js';
import { LOCKSTEP_VERSION } from '../../core/version-info.js';
import { docsPage, isAbsoluteUrl } from '../../core/docs-url.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

function descriptor(id: string, description: string, severity: Severity): ReportingDescriptor {
  const url = docUrl(id);
  const absolute = isAbsoluteUrl(url);
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: description },
    ...(absolute ? { helpUri: url } : {}),
    // Shown by code scanning under "Rule help": what the rule catches and where the page with the fix is.
    help: {
      text: `${description}. What to do instead: ${url}`,
      markdown: `${description}.\n\nWhat to do instead: [${id}](${url})`,
    },
    defaultConfiguration: { level: LEVEL[severity] },
  };
}

function descriptors(): ReportingDescriptor[] {
  const rules = RULES.map((r) => descriptor(r.id, r.description, r.defaultSeverity));
  const meta = Object.entries(META_RULES).map(([id, m]) => descriptor(id, m.description, m.defaultSeverity));
  return [...rules, ...meta];
}

/** SARIF wants forward-slash relative URIs; percent-encode what a URI cannot hold. */
function fileUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function result(f: Finding, index: Map<string, number>): Result {
  return {
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: LEVEL[f.severity],
    message: { text: `${f.message}\n${f.help}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column + (f.endLine === f.line ? 1 : 0)) },
        },
      },
    ],
    ...(f.lock ? { properties: { lock: { mode: f.lock.mode, relation: f.lock.relation, blocks: f.lock.blocks } } } : {}),
  };
}

export function formatSarif(run: LintRun): string {
  const rules = descriptors();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const information = process.env.LOCKSTEP_REPOSITORY_URL || docsPage('lint.md');
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'lockstep', version: LOCKSTEP_VERSION, ...(isAbsoluteUrl(information) ? { informationUri: information } : {}), rules } },
        results: [...run.findings, ...run.unusedIgnores].map((f) => result(f, index)),
        artifacts: run.files.map((file) => ({ location: { uri: fileUri(file) } })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
