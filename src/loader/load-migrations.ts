/** The strict form of loadProject, for callers that need every migration or nothing (tests, tools). */
import { throwCollected } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { loadProject, type LoadOptions } from './load-project.js';

export async function loadMigrations(dir: string | readonly string[], options?: LoadOptions): Promise<MigrationFile[]> {
  const project = await loadProject(dir, options);
  throwCollected(project.problems.map((p) => p.error));
  return [...project.migrations];
}
