/** Turns one migration's fixable findings into file edits and new migrations. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NodeOf } from '../../sql/index.js';
import { bodyOf, relationName } from '../../sql/index.js';
import { sectionStatements } from '../../execution/index.js';
import { majorVersion } from '../../locks/index.js';
import type { PreparedTarget } from '../targets.js';
import type { Finding, LintOptions } from '../types.js';
import { DEFAULT_PG_VERSION } from '../types.js';
import type { ParsedStatement } from '../../sql/index.js';
import type { NewMigrationSpec, PlanContext, StatementPlan } from './plans.js';
import { planConcurrentIndex, planMoveValidate, planNotValid, planSetNotNull } from './plans.js';
import { declaredPartitioned, isPartitionedIn, knownPartitioned, partitionedIndexPattern } from './partitioned-index.js';
import type { Edit } from './text-edits.js';
import { sectionOffset } from './text-edits.js';

export const FIXABLE = new Set([
  'require-concurrent-index',
  'constraint-missing-not-valid',
  'validate-constraint-same-transaction',
  'setting-column-not-null',
  'require-lock-timeout',
  'require-statement-timeout',
]);

export interface MigrationFixPlan {
  /** Edits per file (relative to cwd), with the file's current text. */
  readonly edits: Map<string, { readonly before: string; readonly edits: Edit[] }>;
  readonly created: NewMigrationSpec[];
  readonly fixed: Map<string, number>;
  readonly notes: string[];
}

function downContext(p: PreparedTarget, cwd: string): PlanContext['down'] {
  const down = p.target.migration.down;
  if (down?.kind !== 'sql') return undefined;
  try {
    const fileText = down.path === p.prepared.section.path ? p.fileText : readFileSync(resolve(cwd, down.path), 'utf8');
    const base = sectionOffset(fileText, down);
    return base === undefined ? undefined : { statements: sectionStatements(down).parsed, base, fileText };
  } catch {
    return undefined;
  }
}

/** CREATE INDEX can be fixed in place when nothing else in the migration needs a transaction. */
function indexInPlace(statements: readonly ParsedStatement[], fixedIndexes: ReadonlySet<ParsedStatement>, transactional: boolean): boolean {
  if (!transactional) return true;
  return statements.every((s) => fixedIndexes.has(s) || s.kind === 'VariableSetStmt' || bodyOf(s, 'IndexStmt')?.concurrent === true);
}

function planFor(rule: string, ctx: PlanContext, stmt: ParsedStatement, inPlace: boolean): StatementPlan | undefined {
  switch (rule) {
    case 'require-concurrent-index':
      return planConcurrentIndex(ctx, stmt, inPlace);
    case 'constraint-missing-not-valid':
      return planNotValid(ctx, stmt);
    case 'validate-constraint-same-transaction':
      return planMoveValidate(ctx, stmt);
    case 'setting-column-not-null':
      return planSetNotNull(ctx, stmt);
    default:
      return undefined;
  }
}

/**
 * `partitionedBefore`: tables declared `PARTITION BY` by earlier migrations of the run (this migration's own
 * declarations before the index are looked up here).
 */
export function planMigration(p: PreparedTarget, findings: readonly Finding[], options: LintOptions, cwd: string, partitionedBefore: ReadonlySet<string> = new Set()): MigrationFixPlan | undefined {
  const section = p.prepared.section;
  const base = sectionOffset(p.fileText, section);
  const mine = findings.filter((f) => f.file === section.path && FIXABLE.has(f.rule));
  if (base === undefined || mine.length === 0) return undefined;
  const transactional = p.prepared.execution.mode === 'transaction';
  const ctx: PlanContext = { fileText: p.fileText, base, statements: p.prepared.statements, transactional, pgMajor: majorVersion(options.pgVersion ?? DEFAULT_PG_VERSION), down: downContext(p, cwd) };
  const at = (f: Finding): ParsedStatement | undefined => p.prepared.statements.find((s) => s.line === f.line && s.column === f.column);
  // CONCURRENTLY is refused on a partitioned table: such an index is not rewritten, its note gives the pattern.
  const partitionedIndex = (stmt: ParsedStatement | undefined): NodeOf<'IndexStmt'> | undefined => {
    const index = stmt && bodyOf(stmt, 'IndexStmt');
    const table = relationName(index?.relation);
    if (!stmt || !index || !table) return undefined;
    const here = p.prepared.statements.filter((s) => s.start < stmt.start).map(declaredPartitioned).filter((n): n is string => n !== undefined);
    return knownPartitioned(options, table) || isPartitionedIn([...partitionedBefore, ...here], table) ? index : undefined;
  };
  const indexes = new Set(
    mine
      .filter((f) => f.rule === 'require-concurrent-index')
      .map(at)
      .filter((s): s is ParsedStatement => s !== undefined && partitionedIndex(s) === undefined),
  );
  const inPlace = indexInPlace(p.prepared.statements, indexes, transactional);
  const plan: MigrationFixPlan = { edits: new Map(), created: [], fixed: new Map(), notes: [] };
  const header = new Set<string>();
  const touched = new Set<ParsedStatement>();
  const addEdits = (path: string, before: string, edits: readonly Edit[]): void => {
    if (edits.length === 0) return;
    const entry = plan.edits.get(path) ?? { before, edits: [] };
    entry.edits.push(...edits);
    plan.edits.set(path, entry);
  };
  for (const f of mine) {
    const count = (): void => void plan.fixed.set(f.rule, (plan.fixed.get(f.rule) ?? 0) + 1);
    if (f.rule === 'require-lock-timeout' || f.rule === 'require-statement-timeout') {
      header.add(f.rule === 'require-lock-timeout' ? '-- lockstep:lock-timeout 5s' : '-- lockstep:statement-timeout 15m');
      count();
      continue;
    }
    const stmt = at(f);
    const partitioned = f.rule === 'require-concurrent-index' ? partitionedIndex(stmt) : undefined;
    if (partitioned) {
      plan.notes.push(`${f.file}:${f.line}: require-concurrent-index has no mechanical fix here: ${partitionedIndexPattern(partitioned)}`);
      continue;
    }
    const sp = stmt && !touched.has(stmt) ? planFor(f.rule, ctx, stmt, inPlace) : undefined;
    if (!stmt || !sp || (sp.created.length > 0 && p.target.dir === undefined)) {
      plan.notes.push(`${f.file}:${f.line}: ${f.rule} has no mechanical fix here${p.target.dir === undefined && sp ? ' (the file is not in a migrations directory, so no migration can be added)' : ''}`);
      continue;
    }
    touched.add(stmt);
    sp.header.forEach((h) => header.add(h));
    addEdits(section.path, p.fileText, sp.upEdits);
    const down = p.target.migration.down;
    if (down?.kind === 'sql' && ctx.down) addEdits(down.path, ctx.down.fileText, sp.downEdits);
    plan.created.push(...sp.created);
    count();
  }
  if (header.size) addEdits(section.path, p.fileText, [{ start: 0, end: 0, text: [...header].sort().map((l) => `${l}\n`).join('') }]);
  return plan;
}
