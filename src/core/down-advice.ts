/**
 * How a migration that has no down part can get one, or be undone without one, as its tool's user can do it: the
 * one home of that advice (`down`'s LOCKSTEP_E_NO_DOWN, `test`'s note). Pure text from the migration's facts.
 */
import type { MigrationFile, Tool } from './types.js';

type NoDownFacts = Pick<MigrationFile, 'id' | 'tool' | 'version' | 'name' | 'noDown' | 'repeatable' | 'toolMeta'>;

/** Tools whose migrations can never hold a down: a user reverts with a new forward migration. */
const NO_DOWNS: readonly Tool[] = ['prisma', 'drizzle'];

const TOOL_NAME: Readonly<Partial<Record<Tool, string>>> = { prisma: 'Prisma', drizzle: 'drizzle', flyway: 'Flyway' };

/** The undo file Flyway would pair with this versioned script: `U<version>__<description>.sql`. */
export function flywayUndoName(file: Pick<MigrationFile, 'version' | 'name' | 'toolMeta'>): string {
  const script = file.toolMeta?.['script'];
  if (typeof script === 'string' && /^V/.test(script)) return `U${script.slice(1)}`;
  return `U${file.version}__${file.name.replace(/ /g, '_')}.sql`;
}

/** Why this migration has no down part, as a phrase after its name ("has no down part …"). */
export function noDownReason(file: NoDownFacts): string {
  switch (file.noDown) {
    case 'irreversible': return 'is marked irreversible';
    case 'empty': return 'has an empty down part (its tool treats that as doing nothing)';
    case 'tool-has-none':
      if (file.tool === 'flyway') return file.repeatable ? 'is a Flyway repeatable migration, which has no undo' : `has no Flyway undo file (${flywayUndoName(file)})`;
      return `comes from ${TOOL_NAME[file.tool] ?? file.tool}, which has no down migrations`;
    default: return 'has no down part (no down section or file)';
  }
}

/** What the user can do to roll this migration back, or undo it otherwise (no trailing "nothing was rolled back"). */
export function noDownRemedy(file: NoDownFacts): string {
  const forward = 'write a new forward migration that reverts it and run `lockstep up` (or restore the database from a backup)';
  if (file.noDown === 'tool-has-none' && file.tool === 'flyway' && !file.repeatable) {
    return `Write its undo file ${flywayUndoName(file)} beside it with the SQL that reverts it (Lockstep reads it as the down), ${accept(file)}; or ${forward}.`
      + ' requireDown does not ask Flyway migrations for an undo file, so lint did not report it.';
  }
  if (file.noDown === 'tool-has-none') {
    const tool = TOOL_NAME[file.tool] ?? file.tool;
    const cannot = NO_DOWNS.includes(file.tool) ? `A ${tool} migration cannot hold a down part, so \`lockstep down\` cannot roll it back: ` : '';
    return `${cannot}${cannot ? forward : forward.charAt(0).toUpperCase() + forward.slice(1)}. requireDown never asks ${tool} migrations for a down part, so lint did not report it.`;
  }
  return `Write its down part (a down section, or the down file beside it), ${accept(file)}; or ${forward}.`;
}

/** A down written after the migration was applied changes its checksum: what accepts it. */
function accept(file: NoDownFacts): string {
  return `accept the changed file with \`lockstep repair --accept ${file.id}\` and run \`lockstep down\` again`;
}
