/**
 * A migrations folder written in one tool's format, its own database, and the CLI pointed at both: what every test in
 * test/layouts drives. Everything goes through the built CLI, against the real server.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminUrl, createTestDatabase, type TestDatabase } from '../../support/database.js';
import { runCli, tempProject, type CliResult, type TempProject } from '../../support/fixtures.js';

export interface StatusRow {
  readonly id: string;
  readonly state: string;
  readonly down: string;
  readonly unsupported: string | null;
  readonly partial: unknown;
  readonly reapply: boolean;
  readonly changed: boolean;
}

export interface StatusJson {
  readonly project: { readonly tool: string; readonly detectedFrom: string };
  readonly problems: ReadonlyArray<{ readonly id?: string; readonly code: string; readonly message: string; readonly file?: string; readonly line?: number | null }>;
  readonly ignored: ReadonlyArray<{ readonly path: string; readonly why: string }>;
  readonly migrations: readonly StatusRow[];
}

export interface LintFinding {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
}

export interface LayoutProject {
  readonly db: TestDatabase;
  readonly project: TempProject;
  /** The CLI with `--dir <folder> --url <database>` (and the folder's parent as cwd, so paths print relative). */
  cli(...args: string[]): Promise<CliResult>;
  status(): Promise<StatusJson>;
  /** `lint --format json`: exit 0 or 1 and a JSON array, else the test fails. */
  lint(): Promise<LintFinding[]>;
  /** `test --json` in a scratch database on the test server: the report's summary. */
  roundTrip(): Promise<{ code: number; summary: Record<string, number>; steps: ReadonlyArray<{ version: string; status: string; note: string | null }> }>;
  tables(): Promise<string[]>;
  /** Lockstep's config file beside the folder. */
  config(settings: Record<string, unknown>): void;
  cleanup(): Promise<void>;
}

export async function layoutProject(label: string, files: Readonly<Record<string, string>>): Promise<LayoutProject> {
  const db = await createTestDatabase(`layout_${label}`);
  const project = tempProject(files);
  const cli = (...args: string[]): Promise<CliResult> => runCli([...args, '--dir', project.dir, '--url', db.url], { cwd: project.root });
  const json = <T>(r: CliResult, what: string): T => {
    try {
      return JSON.parse(r.stdout) as T;
    } catch {
      throw new Error(`${what} printed no JSON (exit ${r.code}): ${r.stdout.slice(0, 300)} ${r.stderr.slice(0, 600)}`);
    }
  };
  return {
    db,
    project,
    cli,
    async status() {
      const r = await cli('status', '--json');
      if (r.code !== 0) throw new Error(`status exited ${r.code}: ${r.stderr}`);
      return json<StatusJson>(r, 'status --json');
    },
    async lint() {
      const r = await runCli(['lint', '--format', 'json', '--dir', project.dir], { cwd: project.root });
      if (r.code !== 0 && r.code !== 1) throw new Error(`lint exited ${r.code}: ${r.stderr}`);
      return json<LintFinding[]>(r, 'lint --format json');
    },
    async roundTrip() {
      const r = await runCli(['test', '--json', '--dir', project.dir, '--url', db.url, '--shadow-url', adminUrl()], { cwd: project.root });
      const report = json<{ summary: Record<string, number>; steps: ReadonlyArray<{ version: string; status: string; note: string | null }> }>(r, 'test --json');
      return { code: r.code, summary: report.summary, steps: report.steps };
    },
    async tables() {
      const c = await db.client();
      const rows = await c.query<{ t: string }>("select tablename as t from pg_tables where schemaname = 'public' order by 1");
      return rows.rows.map((x) => x.t);
    },
    config(settings) {
      writeFileSync(join(project.root, 'lockstep.config.json'), JSON.stringify({ dir: 'migrations', ...settings }));
    },
    async cleanup() {
      await db.drop();
      project.cleanup();
    },
  };
}

/** Runs `fn` on a fresh project and database, dropped afterwards whatever happens. */
export async function withProject(label: string, files: Readonly<Record<string, string>>, fn: (p: LayoutProject) => Promise<void>): Promise<void> {
  const p = await layoutProject(label, files);
  try {
    await fn(p);
  } finally {
    await p.cleanup();
  }
}

/** The ids in `status --json`, in order. */
export const ids = (s: StatusJson): string[] => s.migrations.map((m) => m.id);
