/**
 * The tools whose migrations are single `.sql` files with section markers (goose, sql-migrate, dbmate,
 * node-pg-migrate) differ only in naming, order, identity and which markers they read: one reader, configured.
 */
import type { MarkerStyle, Tool } from '../../core/types.js';
import type { Folder, FolderEntry } from '../folder.js';
import type { Claim, Loaded } from '../loaded.js';
import type { MigrationSpec } from '../migration-spec.js';
import { readUnsupported } from '../module-file.js';
import type { IgnoredFile } from '../project.js';
import { readMarkedFile, type TextTransform } from '../single-file.js';
import type { FolderRead, ReadContext, ToolReader } from './tool-reader.js';

export interface NamedMigration {
  readonly version: string;
  readonly name: string;
  /** The key: the version, or the whole stem for tools that identify migrations by name. */
  readonly id: string;
}

export interface MarkedFilesTool {
  readonly tool: Tool;
  readonly style: MarkerStyle;
  /** A migration's parts from its file name, or undefined when the tool would not take the file as a SQL migration. */
  readonly sqlName: (fileName: string) => NamedMigration | undefined;
  /** Code migrations Lockstep cannot run: their parts and why, or undefined. */
  readonly codeMigration?: ((entry: FolderEntry) => (NamedMigration & { readonly reason: string }) | undefined) | undefined;
  readonly compare: (a: Claim, b: Claim) => number;
  readonly identity?: ((claim: Claim) => string) | undefined;
  readonly repeatedSections: 'error' | 'join';
  readonly textBeforeMarkers?: 'error' | 'ignore' | undefined;
  readonly withoutMarkers?: 'no-up' | 'all-up' | undefined;
  readonly duplicateHint: string;
  /** Why a file that is not a migration is passed over, in the tool's words. */
  readonly ignoredWhy: string;
  /** What the tool does to a file's text before it splits it (goose ENVSUB), given the read's context. */
  readonly transform?: ((ctx: ReadContext) => TextTransform | undefined) | undefined;
}

export function markedFilesReader(t: MarkedFilesTool): ToolReader {
  return {
    tool: t.tool,
    duplicateHint: t.duplicateHint,
    compare: t.compare,
    identity: t.identity,
    async read(folder: Folder, ctx: ReadContext): Promise<FolderRead> {
      const ignored: IgnoredFile[] = [];
      const jobs: Promise<Loaded>[] = [];
      const transform = t.transform?.(ctx);
      for (const entry of folder.entries) {
        if (entry.name.startsWith('.')) continue;
        const sql = entry.kind === 'directory' ? undefined : t.sqlName(entry.name);
        const code = sql || entry.kind === 'directory' ? undefined : t.codeMigration?.(entry);
        const named = sql ?? code;
        if (!named) {
          ignored.push({ path: entry.display, why: entry.kind === 'directory' ? 'a folder (not read)' : t.ignoredWhy });
          continue;
        }
        const spec: MigrationSpec = { tool: t.tool, id: named.id, version: named.version, name: named.name, emptyUp: 'no-op', sources: ctx.sources };
        if (entry.kind === 'broken') jobs.push(Promise.resolve({ claim: { id: named.id, version: named.version, path: entry.display }, errors: entry.problem ? [entry.problem] : [] }));
        else if (code) jobs.push(readUnsupported(entry, spec, code.reason));
        else jobs.push(readMarkedFile(entry, spec, { styles: [t.style], repeatedSections: t.repeatedSections, textBeforeMarkers: t.textBeforeMarkers, withoutMarkers: t.withoutMarkers }, transform));
      }
      return { loaded: await Promise.all(jobs), ignored };
    },
  };
}
