/** The runner suite runs on both backends: a PostgreSQL server (own database per test) and PGlite. */
import { join } from 'node:path';
import { createMigrator, type Migrator, type MigratorOptions } from '../../src/api/index.js';
import type { RunEvent } from '../../src/runner/index.js';
import { createTestDatabase } from '../support/database.js';
import { tempProject, type TempProject } from '../support/fixtures.js';

export interface Harness {
  readonly project: TempProject;
  readonly migrator: Migrator;
  readonly events: RunEvent[];
  /** Runs a query on the target through the migrator's own database handle. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** A fresh migrator on the same target (re-reads config), e.g. with other options. */
  reopen(options?: Partial<MigratorOptions>): Promise<Migrator>;
  close(): Promise<void>;
}

export type BackendName = 'postgres' | 'pglite';

export async function harness(backend: BackendName, files: Record<string, string>, options: Partial<MigratorOptions> = {}): Promise<Harness> {
  const project = tempProject(files);
  const db = backend === 'postgres' ? await createTestDatabase('runner') : undefined;
  const url = db ? db.url : `pglite://${join(project.root, 'pgdata')}`;
  const events: RunEvent[] = [];
  const open = (more: Partial<MigratorOptions> = {}): Promise<Migrator> =>
    createMigrator({ cwd: project.root, dir: project.dir, url, lockWait: '5s', onEvent: (e) => events.push(e), ...options, ...more });
  let migrator = await open();
  return {
    project,
    get migrator() {
      return migrator;
    },
    events,
    async query<R>(sql: string, params?: unknown[]) {
      const s = await migrator.context.db.connect('lockstep test');
      try {
        return (await s.query<R>(sql, params)).rows;
      } finally {
        await s.release();
      }
    },
    async reopen(more) {
      await migrator.close();
      migrator = await open(more);
      return migrator;
    },
    async close() {
      await migrator.close();
      await db?.drop();
      project.cleanup();
    },
  };
}
