/** The files `lockstep create` writes for a new migration, in any of the layouts the loader reads. */
import { LockstepError } from '../core/errors.js';
import type { Layout, MarkerStyle, Tool } from '../core/types.js';
import { splitVersionedName } from '../core/version.js';
import { MARKER_LINES } from './markers.js';

export interface RenderedFile {
  readonly relativePath: string;
  readonly content: string;
}

const UP_PLACEHOLDER = '-- Write the change here.';
const DOWN_PLACEHOLDER = '-- Write the SQL that restores the previous schema here.';

/**
 * The files of a new migration in another tool's format, so `lockstep create` in a goose, dbmate, golang-migrate,
 * diesel, Prisma or Flyway project writes what that tool would. drizzle's journal is drizzle-kit's to write.
 */
export function renderToolTemplate(tool: Tool, version: string, name: string): ReadonlyArray<RenderedFile> {
  switch (tool) {
    case 'lockstep':
      return renderTemplate('single-file', version, name);
    case 'goose':
    case 'sql-migrate':
    case 'dbmate':
    case 'node-pg-migrate':
      return renderTemplate('single-file', version, name, tool);
    case 'golang-migrate':
      return renderTemplate('pair', version, name);
    case 'diesel':
      return renderTemplate('directory', version, name);
    case 'prisma':
      return [{ relativePath: `${checkedVersion(version)}_${slug(name, version)}/migration.sql`, content: `${UP_PLACEHOLDER}\n` }];
    case 'flyway':
      return [{ relativePath: `V${checkedVersion(version)}__${slug(name, version)}.sql`, content: `${UP_PLACEHOLDER}\n` }];
    case 'drizzle':
      throw new LockstepError('LOCKSTEP_E_USAGE', 'this folder is drizzle-kit\'s: its journal (meta/_journal.json) lists the migrations', {
        hint: 'Create the migration with `drizzle-kit generate` (or `drizzle-kit generate --custom` for hand-written SQL); Lockstep reads it from the journal.',
      });
  }
}

export function renderTemplate(layout: Layout, version: string, name: string, style: MarkerStyle = 'lockstep'): ReadonlyArray<RenderedFile> {
  const stem = `${checkedVersion(version)}_${slug(name, version)}`;
  switch (layout) {
    case 'single-file': {
      const { up, down } = MARKER_LINES[style];
      return [{ relativePath: `${stem}.sql`, content: `${up}\n${UP_PLACEHOLDER}\n\n${down}\n${DOWN_PLACEHOLDER}\n` }];
    }
    case 'pair':
      return [
        { relativePath: `${stem}.up.sql`, content: `${UP_PLACEHOLDER}\n` },
        { relativePath: `${stem}.down.sql`, content: `${DOWN_PLACEHOLDER}\n` },
      ];
    case 'directory':
      return [
        { relativePath: `${stem}/up.sql`, content: `${UP_PLACEHOLDER}\n` },
        { relativePath: `${stem}/down.sql`, content: `${DOWN_PLACEHOLDER}\n` },
      ];
    case 'module':
      return [{ relativePath: `${stem}.ts`, content: moduleTemplate(`${stem}.ts`) }];
  }
}

function moduleTemplate(file: string): string {
  return [
    "import type { MigrationContext } from 'lockstep';",
    '',
    'export async function up(ctx: MigrationContext): Promise<void> {',
    "  // await ctx.query('UPDATE ... WHERE id = $1', [id]);",
    `  throw new Error('${file}: write the up migration');`,
    '}',
    '',
    'export async function down(ctx: MigrationContext): Promise<void> {',
    `  throw new Error('${file}: write the down migration');`,
    '}',
    '',
  ].join('\n');
}

function checkedVersion(version: string): string {
  if (splitVersionedName(version)?.version !== version) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `"${version}" is not a migration version`, {
      hint: 'Use digits, optionally in groups joined by "_", "-" or ".", e.g. 20240315120000 (the default) or 0042.',
    });
  }
  return version;
}

/** snake_case name; it must not start with a digit, or the digits would read as part of the version. */
function slug(name: string, version: string): string {
  const s = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (s === '' || splitVersionedName(`${version}_${s}`)?.version !== version) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `"${name}" cannot be used as a migration name`, {
      hint: 'Name the migration with words that start with a letter, e.g. `add_users_email_index`.',
    });
  }
  return s;
}
