/** Files for a migration created by --fix, in the same layout (and marker style) as the one it came from. */
import { join, relative } from 'node:path';
import type { MigrationFile } from '../../core/types.js';
import { compareVersions } from '../../core/version.js';
import { renderTemplate } from '../../loader/index.js';
import { MARKER_LINES } from '../../loader/index.js';
import type { NewMigrationSpec } from './plans.js';

export interface NewFile {
  /** Relative to the run's cwd. */
  readonly path: string;
  readonly content: string;
}

/** The first free version right after `version`: 0003 → 0003_1 (sorts after 0003 and before 0004). */
export function nextVersion(version: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const candidate = `${version}_${n}`;
    if (!taken.some((t) => compareVersions(t, candidate) === 0)) return candidate;
  }
}

function statements(list: readonly string[]): string {
  return list.map((s) => `${s};`).join('\n');
}

export function headerFor(spec: NewMigrationSpec, timeouts: boolean): string[] {
  const out = spec.noTransaction ? ['-- lockstep:no-transaction'] : [];
  if (spec.blocking && timeouts) out.push('-- lockstep:lock-timeout 5s', '-- lockstep:statement-timeout 15m');
  return out;
}

export function renderNewMigration(
  source: MigrationFile,
  dir: string,
  cwd: string,
  version: string,
  spec: NewMigrationSpec,
  timeouts: boolean,
): NewFile[] {
  const layout = source.layout === 'module' ? 'single-file' : source.layout;
  const style = source.markerStyle ?? 'lockstep';
  const rendered = renderTemplate(layout, version, `${source.name}_${spec.name}`.slice(0, 80), style);
  const header = headerFor(spec, timeouts)
    .map((l) => `${l}\n`)
    .join('');
  const up = statements(spec.up);
  const down = statements(spec.down);
  const at = (rel: string): string => relative(cwd, join(dir, rel));
  if (layout === 'single-file') {
    const { up: upMarker, down: downMarker } = MARKER_LINES[style];
    const file = rendered[0];
    return file ? [{ path: at(file.relativePath), content: `${header}${upMarker}\n${up}\n\n${downMarker}\n${down}\n` }] : [];
  }
  const [upFile, downFile] = rendered;
  if (!upFile || !downFile) return [];
  return [
    { path: at(upFile.relativePath), content: `${header}${up}\n` },
    { path: at(downFile.relativePath), content: `${down}\n` },
  ];
}
