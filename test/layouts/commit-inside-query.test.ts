/**
 * A COMMIT inside one query: a drizzle file without breakpoints is sent as one query, so
 * `ALTER TABLE …; COMMIT; CREATE INDEX CONCURRENTLY …` commits the ALTER (and the history row written with it) before
 * the CREATE INDEX CONCURRENTLY fails. Through the CLI against the real server: the hint says what is left (partial,
 * its history row kept) and how to go on, never "nothing of it was applied".
 */
import { expect, it } from 'vitest';
import { withProject } from './support/layout-project.js';

const journal = JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1, tag: '0000_w', breakpoints: false }] });

it('what ran before the COMMIT stays committed with a partial history row, and the hint says so and how to finish', () =>
  withProject('commit_in_query', {
    'meta/_journal.json': journal,
    '0000_w.sql': 'CREATE TABLE t (id int); COMMIT; CREATE INDEX CONCURRENTLY i ON t (id);\n',
  }, async (p) => {
    const failed = await p.cli('up', '--no-lint');
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stdout).toContain('LOCKSTEP_E_MIGRATION_FAILED');
    expect(failed.stdout).toContain('Not rolled back: a COMMIT inside statement 1 of 1 committed what ran before it');
    expect(failed.stdout).toContain('left partial at statement 1 (`lockstep status` shows it)');
    expect(failed.stdout).not.toContain('nothing of it was applied');
    // What the hint says is what the server kept: the table and a partial row, with the error recorded on it.
    expect(await p.tables()).toEqual(['t']);
    const c = await p.db.client();
    const rows = (await c.query('select version, status, statements_done, last_error from lockstep.migrations')).rows;
    expect(rows).toEqual([{ version: '0000_w', status: 'partial', statements_done: 0, last_error: expect.stringContaining('CREATE INDEX CONCURRENTLY cannot run inside a transaction block') }]);
    const status = await p.status();
    expect(status.migrations.map((m) => [m.id, m.state])).toEqual([['0000_w', 'partial']]);

    // As the hint says: fix the file so that it can run again, and `up` resumes and finishes it.
    p.project.write({ '0000_w.sql': 'CREATE TABLE IF NOT EXISTS t (id int);\n--> statement-breakpoint\nCREATE INDEX CONCURRENTLY i ON t (id);\n', 'meta/_journal.json': journal.replace('"breakpoints":false', '"breakpoints":true') });
    const again = await p.cli('up', '--no-lint');
    expect(again.code, `${again.stdout}\n${again.stderr}`).toBe(0);
    expect((await c.query("select status from lockstep.migrations where version = '0000_w'")).rows).toEqual([{ status: 'applied' }]);
    expect((await c.query("select to_regclass('public.i') is not null as ok")).rows[0].ok).toBe(true);
  }), 60_000);
