/**
 * Runs every enabled rule over one migration's statements, then applies the new-object exemption, table
 * sizes, configured severities and suppression comments.
 */
import type { ParsedStatement } from '../sql/index.js';
import { docsPage } from '../core/docs-url.js';
import { computeFacts } from './facts.js';
import type { LockEffect } from '../locks/index.js';
import { RULES } from './rules/index.js';
import { applySize } from './size.js';
import { parseIgnores } from './suppressions.js';
import type { Ignore, IgnoreProblem } from './suppressions.js';
import type { Finding, LintOptions, MigrationFacts, Report, Rule, Severity } from './types.js';

/**
 * Rule pages are docs/rules/<id>.md, shipped in the package and published; links are absolute so they work in
 * a pull request or a code-scanning alert. The base is configurable (core/docs-url.ts).
 */
export function docUrl(ruleId: string): string {
  return docsPage(`rules/${ruleId}.md`);
}

/** Findings the engine itself reports (not rules in the registry). */
export const META_RULES = {
  'invalid-ignore': { defaultSeverity: 'error' as Severity, description: 'a lockstep-ignore comment is malformed, names an unknown rule or has no reason' },
  'unused-ignore': { defaultSeverity: 'warning' as Severity, description: 'a lockstep-ignore comment suppresses nothing' },
  'invalid-migration': { defaultSeverity: 'error' as Severity, description: 'a file cannot be read as a migration, or its SQL does not parse' },
  'require-down': { defaultSeverity: 'error' as Severity, description: 'a migration the project asks to be reversible has no down part' },
} as const;

export interface EngineInput {
  readonly file: string;
  /** The SQL section the statements come from (offsets index into it). */
  readonly sql: string;
  readonly startLine: number;
  readonly statements: readonly ParsedStatement[];
  readonly transactional: boolean;
  readonly lockTimeoutPreset: boolean;
  readonly statementTimeoutPreset: boolean;
  /** The whole file, for lockstep-ignore-file in its leading comment block. */
  readonly fileText: string | undefined;
  readonly options: LintOptions;
  readonly rules?: readonly Rule[];
}

export interface EngineResult {
  readonly findings: Finding[];
  readonly unusedIgnores: Finding[];
}

function lockFor(report: Report): LockEffect | undefined {
  if (report.lock) return report.lock;
  if (!report.relation) return undefined;
  return report.statement.locks.find((l) => l.relation === report.relation);
}

function toFinding(rule: Rule, report: Report, facts: MigrationFacts, options: LintOptions): Finding | undefined {
  const setting = options.rules?.[rule.id];
  if (rule.lockHazard && report.relation && facts.isNew(report.relation, report.statement)) return undefined;
  const lock = lockFor(report);
  let severity: Severity = setting && setting !== 'off' ? setting : (report.severity ?? rule.defaultSeverity);
  let message = report.message;
  // Without table sizes applySize() keeps the finding as it is.
  if (rule.lockHazard && report.relation && facts.sizesKnown) {
    const sized = applySize({ severity, message }, report.relation, facts.sizeOf(report.relation), facts.sizesKnown, lock, report.during, options.sizeThreshold);
    ({ severity, message } = sized);
  }
  const s = report.statement.stmt;
  return {
    file: facts.file,
    line: s.line,
    column: s.column,
    endLine: s.endLine,
    endColumn: s.endColumn,
    rule: rule.id,
    severity,
    message,
    help: report.help,
    docUrl: docUrl(rule.id),
    ...(lock ? { lock: { mode: lock.mode, relation: lock.relation, blocks: [...lock.blocks] } } : {}),
  };
}

function metaFinding(file: string, rule: keyof typeof META_RULES, at: IgnoreProblem, options: LintOptions, help: string): Finding | undefined {
  const setting = options.rules?.[rule];
  if (setting === 'off') return undefined;
  return {
    file,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.endColumn,
    rule,
    severity: setting ?? META_RULES[rule].defaultSeverity,
    message: at.message,
    help,
    docUrl: docUrl(rule),
  };
}

function suppressed(finding: Finding, statement: number, ignores: readonly Ignore[], used: Set<Ignore>): boolean {
  const match = ignores.find((ig) => ig.rules.includes(finding.rule) && (ig.scope === 'file' || ig.statement === statement));
  if (match) used.add(match);
  return match !== undefined;
}

// The same order as String.prototype.localeCompare, without its per-call set-up.
const collator = new Intl.Collator();

function byPosition(a: Finding, b: Finding): number {
  return (a.file === b.file ? 0 : collator.compare(a.file, b.file)) || a.line - b.line || a.column - b.column || collator.compare(a.rule, b.rule);
}

const knownCache = new WeakMap<readonly Rule[], ReadonlySet<string>>();

/** Rule ids an ignore comment may name: built once per rule list, not once per migration. */
function knownRules(rules: readonly Rule[]): ReadonlySet<string> {
  let known = knownCache.get(rules);
  if (!known) {
    known = new Set([...rules.map((r) => r.id), ...Object.keys(META_RULES)]);
    knownCache.set(rules, known);
  }
  return known;
}

export function lintStatements(input: EngineInput): EngineResult {
  const rules = input.rules ?? RULES;
  const facts = computeFacts(input);
  const ctx = { facts, options: input.options };
  const raw: Finding[] = [];
  // The statement index of each raw finding, for statement-scope ignores.
  const at: number[] = [];
  for (const rule of rules) {
    if (input.options.rules?.[rule.id] === 'off') continue;
    const kinds = rule.check.kinds;
    if (kinds && !kinds.some((kind) => facts.ofKind(kind).length > 0)) continue;
    for (const report of rule.check(ctx)) {
      const f = toFinding(rule, report, facts, input.options);
      if (!f) continue;
      raw.push(f);
      at.push(report.statement.index);
    }
  }
  const { ignores, problems } = parseIgnores({ sql: input.sql, startLine: input.startLine, statements: input.statements, fileText: input.fileText, knownRules: knownRules(rules) });
  const used = new Set<Ignore>();
  const kept: Finding[] = ignores.length === 0 ? raw : raw.filter((f, i) => !suppressed(f, at[i] ?? -1, ignores, used));
  const helpInvalid = 'Write "-- lockstep-ignore <rule-id>: <reason>" on the line before the statement, with a rule id from docs/lint.md and a reason.';
  for (const p of problems) {
    const f = metaFinding(input.file, 'invalid-ignore', p, input.options, helpInvalid);
    if (f) kept.push(f);
  }
  const unusedIgnores: Finding[] = [];
  for (const ig of ignores) {
    if (used.has(ig)) continue;
    const what = ig.scope === 'file' ? 'in this file' : 'on the next statement';
    const f = metaFinding(input.file, 'unused-ignore', { ...ig, message: `${ig.scope === 'file' ? 'lockstep-ignore-file' : 'lockstep-ignore'} ${ig.rules.join(', ')} suppresses nothing ${what}` }, input.options, 'Remove the comment, or move it to the statement that triggers the rule.');
    if (f) unusedIgnores.push(f);
  }
  return { findings: kept.sort(byPosition), unusedIgnores: unusedIgnores.sort(byPosition) };
}
