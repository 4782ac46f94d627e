/**
 * Layout 4: `<version>_<name>.ts|.js|.mjs` exporting `up(ctx)` and `down(ctx)`.
 * Listing only reads the file as text: importing runs user code, which must wait until the runner
 * actually needs it (importMigrationModule), so `status` and `lint` stay fast and side-effect free.
 */
import { checksum } from '../core/checksum.js';
import type { LockstepError } from '../core/errors.js';
import type { Directives, ModuleSection } from '../core/types.js';
import { NO_DIRECTIVES, leadingComments, parseDirectives } from './directives.js';
import type { FolderEntry } from './folder.js';
import { collecting, type Loaded } from './loaded.js';
import { claimOf, type MigrationSpec } from './migration-spec.js';
import { readSource } from './read-source.js';

export async function readModuleFile(entry: Pick<FolderEntry, 'absolute' | 'display'>, spec: MigrationSpec): Promise<Loaded> {
  const errors: LockstepError[] = [];
  const claim = claimOf(spec, entry.display);
  const text = await collecting(errors, () => readSource(entry.absolute, entry.display, undefined, { sql: false }));
  if (text === undefined) return { claim, errors };

  const parsed = parseDirectives(leadingComments(stripShebang(text), 1, '//'), entry.display);
  if (parsed.errors.length > 0) return { claim, errors: parsed.errors };
  // Seen without importing, so plans show it; the runner also checks the imported value.
  const directives: Directives = declaresNoTransaction(text) ? { ...parsed.directives, noTransaction: true, noTransactionFrom: 'export const transaction = false' } : parsed.directives;
  const section = (exportName: 'up' | 'down'): ModuleSection => ({
    kind: 'module',
    path: entry.display,
    absolutePath: entry.absolute,
    exportName,
  });
  return {
    claim,
    errors,
    migration: {
      id: spec.id,
      tool: spec.tool,
      version: spec.version,
      name: spec.name,
      layout: 'module',
      paths: [entry.display],
      up: section('up'),
      ...(directives.irreversible ? { noDown: 'irreversible' as const } : { down: section('down') }),
      directives,
      checksum: checksum([text]),
    },
  };
}

/** `export const transaction = false` at the start of a line. */
export function declaresNoTransaction(source: string): boolean {
  return /^\s*export\s+const\s+transaction\s*(?::\s*boolean\s*)?=\s*false\b/m.test(source);
}

/** A `#!` first line keeps its line number (it becomes an empty line). */
function stripShebang(text: string): string {
  return text.startsWith('#!') ? text.replace(/^#![^\n]*/, '') : text;
}

/**
 * A migration Lockstep cannot run (goose `.go`, Flyway Java, node-pg-migrate builder code): listed in `status` as
 * unsupported, and `up` stops right before it. Its file is still read, for its checksum.
 */
export async function readUnsupported(entry: Pick<FolderEntry, 'absolute' | 'display'>, spec: MigrationSpec, reason: string): Promise<Loaded> {
  const errors: LockstepError[] = [];
  const claim = claimOf(spec, entry.display);
  const text = await collecting(errors, () => readSource(entry.absolute, entry.display, undefined, { sql: false }));
  if (text === undefined) return { claim, errors };
  return {
    claim,
    errors,
    migration: {
      id: spec.id,
      tool: spec.tool,
      version: spec.version,
      name: spec.name,
      layout: 'module',
      paths: [entry.display],
      up: { kind: 'unsupported', path: entry.display, reason },
      noDown: 'absent',
      directives: NO_DIRECTIVES,
      checksum: checksum([text]),
    },
  };
}
