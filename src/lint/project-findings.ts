/**
 * Findings about migrations as files rather than statements: a file that cannot be read as a migration, or whose
 * SQL does not parse (invalid-migration), and a migration without a down part where the project asks for one
 * (require-down). Each is reported on its file, so one broken file never hides the findings of the others.
 */
import type { LockstepError } from '../core/errors.js';
import type { MigrationFile, Tool } from '../core/types.js';
import { findMigration } from '../core/version.js';
import { docUrl, META_RULES } from './engine.js';
import type { Finding, LintOptions } from './types.js';

/** The part of a LockstepError a finding needs (also what a lint worker sends back). */
export interface ProblemLike {
  readonly code: string;
  readonly message: string;
  readonly hint: string;
  readonly location?: { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined } | undefined;
}

function meta(rule: keyof typeof META_RULES, options: LintOptions): Finding['severity'] | undefined {
  const setting = options.rules?.[rule];
  return setting === 'off' ? undefined : setting ?? META_RULES[rule].defaultSeverity;
}

export function invalidMigrationFinding(error: ProblemLike | LockstepError, options: LintOptions): Finding | undefined {
  const severity = meta('invalid-migration', options);
  if (!severity) return undefined;
  const line = error.location?.line ?? 1;
  const column = error.location?.column ?? 1;
  return {
    file: error.location?.file ?? '',
    line,
    column,
    endLine: line,
    endColumn: column,
    rule: 'invalid-migration',
    severity,
    message: `${error.code}: ${error.message}`,
    help: error.hint,
    docUrl: docUrl('invalid-migration'),
  };
}

/** Tools that can express a down migration at all; for the others (Prisma, drizzle, Flyway's free edition) none is asked. */
const DOWNS: readonly Tool[] = ['lockstep', 'golang-migrate', 'goose', 'sql-migrate', 'dbmate', 'node-pg-migrate', 'diesel'];

/**
 * Migrations that must have a down and have none. `requireDown: new` (the default) asks it of the migrations after
 * `adoptedThrough`; without that setting, of every migration in Lockstep's own layout and of none in another tool's
 * (what came before Lockstep is not its to judge). `all` and `none` mean what they say. Backfills have nothing to
 * undo; `-- lockstep:irreversible` is a decision, not an omission.
 */
export function requireDownFindings(migrations: readonly MigrationFile[], options: LintOptions): Finding[] {
  const severity = meta('require-down', options);
  const policy = options.requireDown ?? 'new';
  if (!severity || policy === 'none') return [];
  // SQL linted as another tool runs it (--execution autocommit / transaction): its downs are that tool's business.
  if (options.execution === 'autocommit' || options.execution === 'transaction') return [];
  const boundary = policy === 'new' && options.adoptedThrough !== undefined ? findMigration(migrations, options.adoptedThrough, 'adoptedThrough') : -1;
  return migrations.flatMap((m, i) => {
    if (m.down || m.downProblem || m.noDown === 'irreversible' || m.directives.backfill || m.up.kind === 'unsupported' || !DOWNS.includes(m.tool)) return [];
    const asked = policy === 'all' || (options.adoptedThrough !== undefined ? i > boundary : m.tool === 'lockstep');
    if (!asked) return [];
    const file = m.paths[0] ?? m.id;
    return [{
      file, line: 1, column: 1, endLine: 1, endColumn: 1, rule: 'require-down', severity,
      message: `migration ${m.id} has ${m.noDown === 'empty' ? 'an empty down part' : 'no down part'}: rolling it back is not possible`,
      help: 'Write the SQL that restores the previous schema (a down section, or the down file beside the up file), or mark the migration `-- lockstep:irreversible` with a comment saying why.',
      docUrl: docUrl('require-down'),
    }];
  });
}
