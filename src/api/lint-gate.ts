import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { formatVersionList } from '../core/version-list.js';
import type { Session } from '../db/index.js';
import { lintPrepared, readDatabaseFacts, withRunIndexes, type Finding } from '../lint/index.js';
import { applyColumnEvents, columnEvents, copyColumnTypes } from '../locks/index.js';
import type { MigratorContext } from './context.js';
import { lintOptionsFrom } from './lint.js';
import type { PreparedUp } from './prepare-steps.js';

/** One pending migration's findings, judged against the target. */
export interface TargetLint {
  readonly version: string;
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  readonly unusedIgnores: readonly Finding[];
}

/**
 * Lints migrations about to run with the target's real table sizes, column types and server version, and the
 * lint settings of the config file. Each migration also sees the column types the ones before it declare.
 */
export async function lintOnTarget(ctx: MigratorContext, session: Session, prepared: readonly PreparedUp[]): Promise<TargetLint[]> {
  const sql = prepared.flatMap((p) => (p.up.kind === 'sql' ? [{ p, up: p.up }] : []));
  if (sql.length === 0) return [];
  // As `lockstep lint --url`: the target's facts, and indexes the other pending migrations create.
  const statements = sql.flatMap(({ up }) => up.execution.statements.parsed);
  const options = withRunIndexes(await readDatabaseFacts(session, statements, lintOptionsFrom(ctx.config)), () => statements);
  // The target's column types, then what each pending migration declares, for the ones after it.
  const columnTypes = copyColumnTypes(options.columnTypes);
  return sql.map(({ p, up }) => {
    const result = lintPrepared(
      // The execution the runner will use: the linter judges the migration exactly as it will run.
      { section: up.section, statements: up.execution.statements.parsed, directives: p.file.directives, execution: up.execution, fileText: readText(resolve(ctx.config.cwd, up.section.path)) },
      { ...options, columnTypes },
    );
    applyColumnEvents(columnTypes, columnEvents(up.execution.statements.parsed));
    return { version: p.file.id, files: p.file.paths, findings: result.findings, unusedIgnores: result.unusedIgnores };
  });
}

/**
 * `up` lints what it is about to run (lintOnTarget) and refuses error-level findings that are not suppressed.
 * Lockstep's runner sets lock_timeout/statement_timeout itself when configured to, so the missing-timeout rules
 * then stay quiet here.
 */
export async function lintBeforeUp(ctx: MigratorContext, session: Session, prepared: readonly PreparedUp[]): Promise<Finding[]> {
  return refuseLintErrors((await lintOnTarget(ctx, session, prepared)).flatMap((l) => l.findings));
}

/** The gate itself: throws LOCKSTEP_E_LINT_FAILED when a finding is error-level, else returns them all. */
function refuseLintErrors(findings: Finding[]): Finding[] {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new LockstepError('LOCKSTEP_E_LINT_FAILED', `pending migrations have ${errors.length} error-level lint finding(s); nothing was applied:\n${errors
      .map((f) => `  - ${f.file}:${f.line}:${f.column} ${f.rule}: ${f.message}`)
      .join('\n')}`, {
      hint: 'Fix them (`lockstep lint --fix` rewrites the mechanical ones), suppress one with `-- lockstep-ignore <rule>: <reason>` above the statement, or run with --no-lint (recorded in the event log).',
      location: { file: errors[0]?.file ?? '', line: errors[0]?.line, column: errors[0]?.column },
      details: { findings: errors },
    });
  }
  return findings;
}

/** --no-lint is allowed, but never silent: the bypass is an event with the versions it covered. */
export async function recordLintBypass(ctx: MigratorContext, session: Session, prepared: readonly PreparedUp[]): Promise<void> {
  if (prepared.length === 0) return;
  ctx.onEvent({ type: 'notice', message: `--no-lint: the linter was bypassed for ${formatVersionList(prepared.map((p) => p.file.id))} (recorded)` });
  await ctx.history.event(session, { kind: 'lint-bypass', details: { versions: prepared.map((p) => p.file.id) } });
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
