/**
 * SARIF 2.1.0 for GitHub code scanning (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html).
 * Regions use 1-based lines and columns; endColumn is the column after the last character, as in Finding.
 */
import { RULES } from '../../lint/rules/index.js';
import { META_RULES, REPOSITORY_URL, docUrl } from '../../lint/engine.js';
import type { Finding, LintRun, Severity } from '../../lint/types.js';
import { LOCKSTEP_VERSION } from '../../core/version-info.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

interface RuleDescriptor {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: 'error' | 'warning' | 'note' };
}

function descriptors(): RuleDescriptor[] {
  const rules = RULES.map((r) => ({ id: r.id, description: r.description, severity: r.defaultSeverity }));
  const meta = Object.entries(META_RULES).map(([id, m]) => ({ id, description: m.description, severity: m.defaultSeverity }));
  return [...rules, ...meta].map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    // SARIF requires absolute URIs here; relative doc paths (the default) are left out.
    ...(/^[a-z][a-z0-9+.-]*:/i.test(docUrl(r.id)) ? { helpUri: docUrl(r.id) } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
}

/** SARIF wants forward-slash relative URIs; percent-encode what a URI cannot hold. */
function fileUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function result(f: Finding, index: Map<string, number>): Record<string, unknown> {
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
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'lockstep', version: LOCKSTEP_VERSION, ...(REPOSITORY_URL ? { informationUri: REPOSITORY_URL } : {}), rules } },
        results: [...run.findings, ...run.unusedIgnores].map((f) => result(f, index)),
        artifacts: run.files.map((file) => ({ location: { uri: fileUri(file) } })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
