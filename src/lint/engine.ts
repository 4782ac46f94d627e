/**
 * Runs every enabled rule over one migration's statements, then applies the new-object exemption, table
 * sizes, configured severities and suppression comments.
 */
import type { ParsedStatement } from '../sql/index.js';
import { docsPage } from '../core/docs-url.js';
import { computeFacts, type FactsInput } from './facts.js';
import type { LockEffect } from '../locks/index.js';
import { RULES } from './rules/index.js';
import { applyRowCount, applySize } from './size.js';
import { parseIgnores } from './suppressions.js';
import type { Ignore, IgnoreProblem } from './suppressions.js';
import type { Embedded, Finding, LintOptions, MigrationFacts, Report, Rule, RuleContext, Severity } from './types.js';

/**
 * Rule pages are docs/rules/<id>.md, shipped in the package and published; links are absolute so they work in
 * a pull request or a code-scanning alert. The base is configurable (core/docs-url.ts).
 */
export function docUrl(ruleId: string): string {
  return docsPage(`rules/${ruleId}.md`);
}

const docUrls = new Map<string, string>();

/** docUrl(), once per rule id rather than once per finding. */
function ruleDocUrl(ruleId: string): string {
  let url = docUrls.get(ruleId);
  if (url === undefined) {
    url = docUrl(ruleId);
    docUrls.set(ruleId, url);
  }
  return url;
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
  /** How the statements run (src/execution): which run in a transaction, and which together. */
  readonly execution: FactsInput['execution'];
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
  const embedded = report.statement.embedded;
  if (embedded) ({ severity, message } = inBlock(embedded, severity, message));
  // Without table sizes applySize() keeps the finding as it is.
  if (rule.lockHazard && report.relation && facts.sizesKnown) {
    const size = facts.sizeOf(report.relation);
    const sized = rule.failsOnAnyRow
      ? applyRowCount({ severity, message }, report.relation, size)
      : applySize({ severity, message }, report.relation, size, facts.sizesKnown, lock, report.during, options.sizeThreshold);
    ({ severity, message } = sized);
  }
  const s = report.at ?? report.statement.stmt;
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
    docUrl: ruleDocUrl(rule.id),
    ...(lock ? { lock: { mode: lock.mode, relation: lock.relation, blocks: [...lock.blocks] } } : {}),
  };
}

/**
 * A finding inside a DO block or a function body says where it is. The body of a function the migration creates
 * but does not call runs later, whenever something calls it: its findings are info, not this migration's hazards.
 */
function inBlock(embedded: Embedded, severity: Severity, message: string): { severity: Severity; message: string } {
  if (embedded.block === 'do') return { severity, message: `In a DO block: ${message}` };
  const what = `${embedded.name ?? 'the function'}()`;
  if (embedded.runsNow) return { severity, message: `In ${what}, which this migration calls: ${message}` };
  return { severity: 'info', message: `In ${what}, when it is called (this migration does not call it): ${message}` };
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

function covers(ig: Ignore, finding: Finding, statement: number): boolean {
  if (ig.scope === 'line') return finding.line === ig.line || finding.line === ig.line + 1;
  return ig.scope === 'file' || ig.statement === statement;
}

function suppressed(finding: Finding, statement: number, ignores: readonly Ignore[], used: Set<Ignore>): boolean {
  const match = ignores.find((ig) => (ig.all === true || ig.rules.includes(finding.rule)) && covers(ig, finding, statement));
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

/** A rule that judges one statement at a time (its check's `each`). */
interface StatementRule {
  readonly rule: Rule;
  readonly each: NonNullable<Rule['check']['each']>;
}

/** The rules of a list, arranged once for the engine's pass: by the statement kind they look at. */
interface Dispatch {
  /** Rules that look at statements of one of a few kinds, by kind. */
  readonly byKind: ReadonlyMap<string, readonly StatementRule[]>;
  /** Rules that look at every statement. */
  readonly every: readonly StatementRule[];
  /** Rules that look at the migration as a whole (their own check over the facts), with the kinds they need. */
  readonly whole: readonly Rule[];
}

const dispatchCache = new WeakMap<readonly Rule[], Dispatch>();

function dispatchOf(rules: readonly Rule[]): Dispatch {
  let d = dispatchCache.get(rules);
  if (d) return d;
  const byKind = new Map<string, StatementRule[]>();
  const every: StatementRule[] = [];
  const whole: Rule[] = [];
  for (const rule of rules) {
    const { each, kinds } = rule.check;
    if (!each) whole.push(rule);
    else if (!kinds) every.push({ rule, each });
    else for (const kind of kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), { rule, each }]);
  }
  d = { byKind, every, whole };
  dispatchCache.set(rules, d);
  return d;
}

const NO_RULES: readonly StatementRule[] = [];

/** Collects a rule's reports as findings, with the statement each came from (for statement-scope ignores). */
class Collector {
  readonly raw: Finding[] = [];
  readonly at: number[] = [];
  constructor(
    private readonly facts: MigrationFacts,
    private readonly options: LintOptions,
  ) {}

  add(rule: Rule, reports: Report | readonly Report[] | undefined): void {
    if (!reports) return;
    if (!Array.isArray(reports)) return this.one(rule, reports as Report);
    for (const report of reports as readonly Report[]) this.one(rule, report);
  }

  private one(rule: Rule, report: Report): void {
    const f = toFinding(rule, report, this.facts, this.options);
    if (!f) return;
    this.raw.push(f);
    this.at.push(report.statement.source);
  }
}

/**
 * One pass over the migration's statements (facts.ts has computed what rules share: kind, relation, commands,
 * columns, locks, transaction and timeouts), calling for each statement only the rules that look at its kind; then
 * the rules that judge the migration as a whole.
 */
function runRules(rules: readonly Rule[], facts: MigrationFacts, options: LintOptions): Collector {
  const ctx: RuleContext = { facts, options };
  const out = new Collector(facts, options);
  const off = options.rules;
  const on = (rule: Rule): boolean => off?.[rule.id] !== 'off';
  const { byKind, every, whole } = dispatchOf(rules);
  for (const s of facts.statements) {
    for (const r of byKind.get(s.kind) ?? NO_RULES) if (on(r.rule)) out.add(r.rule, r.each(s, ctx));
    for (const r of every) if (on(r.rule)) out.add(r.rule, r.each(s, ctx));
  }
  for (const rule of whole) {
    if (!on(rule)) continue;
    const kinds = rule.check.kinds;
    if (kinds && !kinds.some((kind) => facts.ofKind(kind).length > 0)) continue;
    out.add(rule, rule.check(ctx));
  }
  return out;
}

export function lintStatements(input: EngineInput): EngineResult {
  const rules = input.rules ?? RULES;
  const facts = computeFacts(input);
  const { raw, at } = runRules(rules, facts, input.options);
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
    if (used.has(ig) || ig.from === 'squawk') continue;
    const what = ig.scope === 'file' ? 'in this file' : 'on the next statement';
    const f = metaFinding(input.file, 'unused-ignore', { ...ig, message: `${ig.scope === 'file' ? 'lockstep-ignore-file' : 'lockstep-ignore'} ${ig.rules.join(', ')} suppresses nothing ${what}` }, input.options, 'Remove the comment, or move it to the statement that triggers the rule.');
    if (f) unusedIgnores.push(f);
  }
  return { findings: kept.sort(byPosition), unusedIgnores: unusedIgnores.sort(byPosition) };
}
