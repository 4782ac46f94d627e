/**
 * A static lint run, file by file: each migration is parsed and linted, and only its findings are kept, so memory
 * does not grow with every migration's syntax tree. The texts come from the loader (read once). Migrations are
 * linted in order, each knowing the column types the earlier ones declare. Only a migration whose
 * foreign-key-without-index outcome may depend on indexes a later migration creates is linted again at the end,
 * knowing every index of the run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLockstepError, type LockstepError } from '../core/errors.js';
import { lintPrepared, prepareMigration, type PreparedMigration } from './lint-migration.js';
import { indexesCreated } from './rules/foreign-key-without-index.js';
import { applyColumnEvents, columnEvents, columnLookups, copyColumnTypes, type ColumnEvent } from '../locks/index.js';
import type { LintTarget } from './targets.js';
import type { Finding, LintOptions, LintRun } from './types.js';

type KnownIndex = NonNullable<LintOptions['knownIndexes']>[number];

const FK_RULE = 'foreign-key-without-index';

interface Linted {
  readonly target: LintTarget;
  readonly fileText: string;
  readonly findings: Finding[];
  readonly unusedIgnores: Finding[];
  /**
   * The migration has a foreign key, and its foreign-key-without-index outcome may change once the indexes created
   * by every migration of the run (later ones included) are known.
   */
  readonly needsRunIndexes: boolean;
  /** What the migration changes in the known column types (see src/locks/column-types.ts). */
  readonly columnEvents: readonly ColumnEvent[];
}

/** The run, and the files whose SQL did not parse (reported by the caller as invalid-migration findings). */
export function lintStreaming(targets: readonly LintTarget[], cwd: string, options: LintOptions): LintRun & { readonly errors: readonly LockstepError[] } {
  const errors: LockstepError[] = [];
  const runIndexes: KnownIndex[] = [...(options.knownIndexes ?? [])];
  // Column types as declared by the migrations so far, in order (a type change is judged from the old type).
  const known = copyColumnTypes(options.columnTypes);
  const linted: Linted[] = [];
  for (const target of targets) {
    if (target.migration.up.kind !== 'sql') continue;
    const fileText = target.fileText ?? readFileSync(resolve(cwd, target.migration.up.path), 'utf8');
    let prepared: PreparedMigration | undefined;
    try {
      prepared = prepareMigration(target.migration, fileText, options);
    } catch (err) {
      if (!isLockstepError(err)) throw err;
      errors.push(err);
      continue;
    }
    if (!prepared) continue;
    const { statements } = prepared;
    for (const created of indexesCreated(statements.map((stmt) => ({ stmt })))) runIndexes.push(created);
    let readKnown = false;
    const watched: LintOptions = {
      ...options,
      ...(columnLookups(statements, known).length > 0 ? { columnTypes: known } : {}),
      get knownIndexes() {
        readKnown = true;
        return options.knownIndexes;
      },
    };
    const { findings, unusedIgnores } = lintPrepared(prepared, watched);
    // Only foreign keys read the known indexes. More indexes can only clear a finding, so the outcome is final
    // unless there is one to clear, or an ignore comment that such a finding would use.
    const needsRunIndexes = readKnown && (findings.some((f) => f.rule === FK_RULE) || fileText.includes(FK_RULE));
    const events = columnEvents(statements);
    applyColumnEvents(known, events);
    linted.push({ target, fileText, findings, unusedIgnores, needsRunIndexes, columnEvents: events });
  }
  const files = targets.flatMap((t) => (t.migration.up.kind === 'sql' ? [t.migration.up.path] : []));
  return { files, ...withRunIndexes(linted, options, runIndexes), errors };
}

/** The findings in target order, a migration whose outcome depends on the run's indexes linted again knowing them all. */
function withRunIndexes(linted: readonly Linted[], options: LintOptions, runIndexes: readonly KnownIndex[]): Required<Pick<LintRun, 'findings' | 'unusedIgnores' | 'sources'>> {
  // The column types again, replayed in order, for the migrations linted again.
  const columnTypes = copyColumnTypes(options.columnTypes);
  const findings: Finding[] = [];
  const unusedIgnores: Finding[] = [];
  const sources: Record<string, string> = {};
  for (const l of linted) {
    let result: { readonly findings: Finding[]; readonly unusedIgnores: Finding[] } = l;
    if (l.needsRunIndexes) {
      const prepared = prepareMigration(l.target.migration, l.fileText, options);
      // Linted at once, before this migration's events change the map.
      if (prepared) result = lintPrepared(prepared, { ...options, knownIndexes: runIndexes, columnTypes });
    }
    applyColumnEvents(columnTypes, l.columnEvents);
    findings.push(...result.findings);
    unusedIgnores.push(...result.unusedIgnores);
    sources[l.target.migration.up.path] = l.fileText;
  }
  return { findings, unusedIgnores, sources };
}
