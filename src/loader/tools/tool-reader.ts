/** What every tool's reader provides: its folder read the way the tool reads it, and the tool's order. */
import type { Tool } from '../../core/types.js';
import type { Folder } from '../folder.js';
import type { Claim, Loaded } from '../loaded.js';
import type { IgnoredFile } from '../project.js';
import type { SourceTexts } from '../read-source.js';

export interface ReadContext {
  readonly cwd: string;
  readonly sources?: SourceTexts | undefined;
  /** Flyway placeholders (`${name}`), from the config. */
  readonly placeholders?: Readonly<Record<string, string>> | undefined;
  /** Flyway's baselineMigrationPrefix (default `B`), from the config. */
  readonly baselineMigrationPrefix?: string | undefined;
  /** The environment goose's ENVSUB expands from (the process's, as goose reads it). */
  readonly environment?: Readonly<Record<string, string | undefined>> | undefined;
}

export interface FolderRead {
  readonly loaded: readonly Loaded[];
  readonly ignored: readonly IgnoredFile[];
}

export interface ToolReader {
  readonly tool: Tool;
  /** Reads one folder. Several folders (Flyway locations, repeated --dir) are read one by one and merged with `compare`. */
  read(folder: Folder, ctx: ReadContext): Promise<FolderRead>;
  /** The tool's order of two migrations, from what their names (and a journal) say. */
  compare(a: Claim, b: Claim): number;
  /** Why two migrations may not share an id in this tool, for the duplicate error's hint. */
  readonly duplicateHint: string;
  /**
   * What makes two migrations one in this tool's eyes, where that is more than the id as written: goose and
   * golang-migrate read `1` and `001` as one integer version, Flyway `1` and `1.0` as one version. Default: the id.
   */
  readonly identity?: ((claim: Claim) => string) | undefined;
}

/** Plain code-unit order, as Go's sort.Strings and Rust's Ord for str compare. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
