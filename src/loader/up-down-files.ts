/**
 * Layouts whose up SQL and down SQL live in files of their own: golang-migrate pairs, diesel and Prisma
 * directories, Flyway `V`/`U` files, drizzle files. The down file is optional everywhere.
 */
import { checksum } from '../core/checksum.js';
import type { LockstepError } from '../core/errors.js';
import type { Directives, Layout } from '../core/types.js';
import { readDirectives } from './directives.js';
import { collecting, type Loaded } from './loaded.js';
import { claimOf, downPart, upSection, type MigrationSpec } from './migration-spec.js';
import { readSource } from './read-source.js';

export interface FileRef {
  readonly absolute: string;
  readonly display: string;
}

export interface SeparateFiles {
  readonly layout: Extract<Layout, 'pair' | 'directory'>;
  readonly up: FileRef;
  readonly down?: FileRef | undefined;
  /** Further files that belong to the migration (diesel's metadata.toml), already read: part of its checksum. */
  readonly extra?: ReadonlyArray<{ readonly file: FileRef; readonly text: string }> | undefined;
  /** Set by a file other than the up file (diesel's `run_in_transaction = false`, a Flyway script's `.conf`): who said so. */
  readonly noTransaction?: string | undefined;
  /** Turns the file's text into the SQL that runs (Flyway placeholders); problems go to `errors`. */
  readonly transform?: ((text: string, path: string, errors: LockstepError[]) => string) | undefined;
  /**
   * The checksum covers the up SQL as it runs (after `transform`) instead of the up file as written: a Flyway
   * repeatable runs again when a placeholder's value changes, as Flyway checksums it.
   */
  readonly checksumAsRun?: boolean | undefined;
}

export async function readSeparateFiles(spec: MigrationSpec, files: SeparateFiles): Promise<Loaded> {
  const errors: LockstepError[] = [];
  const claim = claimOf(spec, files.up.display);
  const downErrors: LockstepError[] = [];
  const [upText, downText] = await Promise.all([
    collecting(errors, () => readSource(files.up.absolute, files.up.display, spec.sources)),
    files.down ? collecting(downErrors, () => readSource(files.down?.absolute ?? '', files.down?.display ?? '', spec.sources)) : undefined,
  ]);
  if (upText === undefined) return { claim, errors };

  const parsed = readDirectives(upText, files.up.display);
  errors.push(...parsed.errors);
  const directives: Directives = files.noTransaction ? { ...parsed.directives, noTransaction: true, noTransactionFrom: files.noTransaction } : parsed.directives;
  const run = (text: string, path: string, into: LockstepError[]): string => (files.transform ? files.transform(text, path, into) : text);
  const upSql = run(upText, files.up.display, errors);
  // A backfill migration's up file holds only its directive.
  const up = upSection(files.up.display, { sql: upSql, startLine: 1 }, spec, errors, { blankOk: directives.backfill !== undefined });
  if (errors.length > 0 || !up) return { claim, errors };

  const down = downErrors[0]
    ? { downProblem: downErrors[0] }
    : downPart(files.down?.display, downText === undefined ? undefined : { sql: run(downText, files.down?.display ?? '', downErrors), startLine: 1 }, spec, directives.irreversible, directives.backfill !== undefined);
  const texts = [
    { path: files.up.display, text: files.checksumAsRun ? upSql : upText },
    ...(files.down && downText !== undefined ? [{ path: files.down.display, text: downText }] : []),
    ...(files.extra ?? []).map((x) => ({ path: x.file.display, text: x.text })),
  ];
  return {
    claim,
    errors,
    migration: {
      id: spec.id,
      tool: spec.tool,
      version: spec.version,
      name: spec.name,
      layout: files.layout,
      paths: texts.map((f) => f.path),
      up,
      ...(downErrors[0] && !('downProblem' in down) ? { downProblem: downErrors[0] } : down),
      ...(spec.repeatable ? { repeatable: true } : {}),
      ...(spec.baseline ? { baseline: true } : {}),
      ...(spec.toolMeta ? { toolMeta: spec.toolMeta } : {}),
      directives,
      checksum: checksum(texts.map((f) => f.text)),
    },
  };
}
