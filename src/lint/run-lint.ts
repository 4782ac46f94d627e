/** `lockstep lint`: collect migrations, add database facts when a database is given, lint, and optionally fix. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LockstepError } from '../core/errors.js';
import { isLockstepError } from '../core/errors.js';
import type { Database } from '../db/index.js';
import { initParser } from '../sql/index.js';
import { lintPrepared, prepareMigration } from './lint-migration.js';
import { readDatabaseFacts, withRunIndexes } from './target-facts.js';
import { collectTargets, type TargetLoadOptions } from './targets.js';
import { procedureScope, type CommittingProcedures } from '../execution/index.js';
import { invalidMigrationFinding, requireDownFindings, type ProblemLike } from './project-findings.js';
import type { LoadProblem } from '../loader/index.js';
import { applyColumnEvents, columnEvents, columnLookups, copyColumnTypes } from '../locks/index.js';
import type { LintTarget, PreparedTarget } from './targets.js';
import type { Finding, FixResult, LintOptions, LintRun } from './types.js';

export interface LintRequest {
  /** Files or directories, relative to `cwd`. */
  readonly paths: readonly string[];
  readonly cwd: string;
  /** Only migrations with a file changed since this git ref. */
  readonly changedSince?: string | undefined;
  readonly options: LintOptions;
  /** Adds real table sizes and the server version (unless options.pgVersion is set). */
  readonly db?: Database | undefined;
  /** Compute mechanical fixes (returned with a diff). */
  readonly fix?: boolean | undefined;
  /** With `fix`, also write the fixed and new files to disk. */
  readonly writeFixes?: boolean | undefined;
  /**
   * Versions the database (`db`) has already applied. Their findings would judge them by the tables as they are
   * today, not as they were when they ran, and nothing can be done about them any more: they are left out and
   * listed in the run's `skippedApplied`, unless `includeApplied` is set.
   */
  readonly appliedVersions?: ReadonlySet<string> | undefined;
  /** Lint applied migrations too, statically: without the database's sizes, indexes and column types. */
  readonly includeApplied?: boolean | undefined;
  /** How folders are read: the project's tool (default: detected), ignore globs, placeholders. */
  readonly load?: TargetLoadOptions | undefined;
}


async function onlyChanged(targets: LintTarget[], cwd: string, ref: string | undefined): Promise<LintTarget[]> {
  if (ref === undefined) return targets;
  const { changedFiles } = await import('./changed-since.js');
  const changed = await changedFiles(cwd, ref);
  return targets.filter((t) => t.migration.paths.some((p) => changed.has(resolve(cwd, p))));
}

/**
 * Synchronous reads: a thousand small files read one by one with `await readFile` spend most of the time idle. A file
 * whose SQL does not parse is an invalid-migration finding on that file (in `errors`); the others are still linted.
 */
function prepareAll(targets: readonly LintTarget[], cwd: string, options: LintOptions, errors: LockstepError[]): PreparedTarget[] {
  const out: PreparedTarget[] = [];
  for (const target of targets) {
    const section = target.migration.up;
    if (section.kind !== 'sql') continue;
    const fileText = target.fileText ?? readFileSync(resolve(cwd, section.path), 'utf8');
    try {
      const prepared = prepareMigration(target.migration, fileText, options);
      if (prepared) out.push({ target, prepared, fileText });
    } catch (err) {
      if (!isLockstepError(err)) throw err;
      errors.push(err);
    }
  }
  return out;
}

/** The procedures on the database that COMMIT (loaded on demand: a static run never needs the module). */
async function databaseProcedures(db: Database | undefined): Promise<CommittingProcedures | undefined> {
  if (!db) return undefined;
  const { readCommittingProcedures } = await import('../schema/committing-procedures.js');
  const session = await db.connect('lockstep-lint');
  try {
    return await readCommittingProcedures(session);
  } finally {
    await session.release();
  }
}

/** The database's facts (see target-facts.ts), read once for every relation the migrations lock. */
async function withDatabase(options: LintOptions, prepared: readonly PreparedTarget[], db: Database | undefined): Promise<LintOptions> {
  if (!db) return options;
  const session = await db.connect('lockstep-lint');
  try {
    return await readDatabaseFacts(session, prepared.flatMap((p) => p.prepared.statements), options);
  } finally {
    await session.release();
  }
}

/** Loaded on demand: most runs do not fix, and the fixer pulls in the loader's writers and a diff. */
async function fixesFor(prepared: readonly PreparedTarget[], findings: readonly Finding[], options: LintOptions, request: LintRequest): Promise<FixResult> {
  const { computeFixes } = await import('./fix/index.js');
  return computeFixes(prepared, findings, options, { cwd: request.cwd, write: request.writeFixes === true });
}

export async function runLint(request: LintRequest): Promise<LintRun> {
  // The parser's WASM compiles while the migrations load.
  const parser = initParser();
  parser.catch(() => undefined); // awaited below, after the targets
  const semantics = request.options.execution;
  const collected = await collectTargets(request.paths, request.cwd, request.load, semantics === 'autocommit' || semantics === 'transaction');
  let targets: LintTarget[] = await onlyChanged(collected.targets, request.cwd, request.changedSince);
  // Code migrations have no SQL to lint: the summary counts them, so that a folder of them is not "0 files" and silence.
  const code = [
    ...targets.filter((t) => t.migration.up.kind !== 'sql').map((t) => t.migration.paths[0] ?? t.migration.id),
    ...(request.changedSince === undefined ? (collected.unsupported ?? []) : []),
  ];
  const notSql = code.length > 0 ? { notSql: code } : {};
  await parser;
  // The procedures that COMMIT, before each migration (parsed, so after the parser is ready): from every migration
  // read, in order (those --changed-since leaves out included), as `up` knows them from the project.
  // With a database, those on it too (that no migration creates), as up knows them.
  const procedures = request.options.procedures ?? procedureScope(collected.targets.map((t) => t.migration), await databaseProcedures(request.db));
  const base: LintOptions = { ...request.options, procedures };
  // A static run without fixes lints file by file (each migration's syntax tree is dropped once it is linted).
  // A database or --fix needs every migration parsed first.
  const projectFindings = (errors: readonly LockstepError[]): Finding[] => fileFindings(collected, targets, errors, base);
  if (!request.db && !request.fix) {
    const { lintStreaming } = await import('./lint-streaming.js');
    const { errors, ...run } = lintStreaming(targets, request.cwd, base);
    return { ...run, findings: [...projectFindings(errors), ...run.findings], ...notSql };
  }
  const applied = request.db ? request.appliedVersions : undefined;
  const isApplied = (t: LintTarget): boolean => applied !== undefined && t.migration.version !== '' && applied.has(t.migration.id);
  const skipped = request.includeApplied ? [] : targets.filter(isApplied);
  if (skipped.length > 0) targets = targets.filter((t) => !isApplied(t));
  const invalid: LockstepError[] = [];
  const prepared = prepareAll(targets, request.cwd, base, invalid);
  // Applied migrations (with includeApplied) are linted as without a database: its facts describe today's tables.
  const pending = prepared.filter((p) => !isApplied(p.target));
  const withDb = await withDatabase(base, pending, request.db);
  const allStatements = () => prepared.flatMap((p) => p.prepared.statements);
  const options = withRunIndexes(withDb, allStatements);
  const staticOptions = withRunIndexes(base, allStatements);
  const findings: Finding[] = projectFindings(invalid);
  const unusedIgnores: Finding[] = [];
  const sources: Record<string, string> = {};
  // Column types as the migrations before each one declare them (a type change is judged from the old type):
  // for a pending migration on top of the database's, for an applied one from the earlier migrations alone.
  const columnTypes = copyColumnTypes(options.columnTypes);
  const staticTypes = copyColumnTypes(undefined);
  for (const p of prepared) {
    const { statements } = p.prepared;
    const wasApplied = isApplied(p.target);
    const [base, types] = wasApplied ? [staticOptions, staticTypes] : [options, columnTypes];
    // Linted at once, before this migration's own events change the maps.
    const result = lintPrepared(p.prepared, columnLookups(statements, types).length > 0 ? { ...base, columnTypes: types } : base);
    const events = columnEvents(statements);
    // The database's catalog already shows what an applied migration did.
    if (!wasApplied) applyColumnEvents(columnTypes, events);
    applyColumnEvents(staticTypes, events);
    findings.push(...result.findings);
    unusedIgnores.push(...result.unusedIgnores);
    sources[p.prepared.section.path] = p.fileText;
  }
  // An applied migration is never rewritten: its checksum is recorded, and editing it changes nothing on the database.
  const computed = request.fix ? await fixesFor(pending, findings, options, request) : undefined;
  const appliedLinted = prepared.length - pending.length;
  const fixes = computed && appliedLinted > 0
    ? { ...computed, notes: [...computed.notes, `${appliedLinted} applied migration(s) linted but not fixed: they already ran on the database`] }
    : computed;
  return {
    files: targets.flatMap((t) => (t.migration.up.kind === 'sql' ? [t.migration.up.path] : [])),
    findings,
    unusedIgnores,
    sources,
    ...(fixes ? { fixes } : {}),
    ...(skipped.length > 0 ? { skippedApplied: skipped.map((t) => t.migration.up.path) } : {}),
    ...notSql,
  };
}

/**
 * The findings on files rather than statements: files that could not be read as migrations, SQL that does not parse,
 * migrations the project asks to be reversible that have no down (for the linted ones only).
 */
function fileFindings(collected: { readonly targets: readonly LintTarget[]; readonly problems: readonly LoadProblem[] }, linted: readonly LintTarget[], errors: readonly (LockstepError | ProblemLike)[], options: LintOptions): Finding[] {
  const lintedFiles = new Set(linted.flatMap((t) => t.migration.paths));
  const downs = requireDownFindings(collected.targets.filter((t) => t.dir !== undefined).map((t) => t.migration), options).filter((f) => lintedFiles.has(f.file));
  return [...collected.problems.map((p) => p.error), ...errors]
    .flatMap((e) => invalidMigrationFinding(e, options) ?? [])
    .concat(downs);
}
