/** A password given as a URL query parameter is masked like one in the user-info part. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { redact, redactUrl } from '../../src/core/redact.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('redact_query');
});
afterAll(async () => {
  await db.drop();
});

it('redact and redactUrl mask password= and sslpassword= query parameters', () => {
  expect(redact('cannot reach postgres://u@h:5432/db?sslmode=require&password=TopSecretQ&x=1'))
    .toBe('cannot reach postgres://u@h:5432/db?sslmode=require&password=***&x=1');
  expect(redact('"postgresql://u@h/db?password=Top%20Secret"')).toBe('"postgresql://u@h/db?password=***"');
  expect(redact('postgres://u:pw@h/db?sslpassword=KeyPass')).toBe('postgres://u:***@h/db?sslpassword=***');
  expect(redactUrl('postgres://u@h/db?PASSWORD=TopSecretQ')).not.toContain('TopSecretQ');
  expect(redact('postgres://u@h/db?sslmode=require&application_name=x')).toBe('postgres://u@h/db?sslmode=require&application_name=x');
});

it('status masks a query-parameter password in Target:, in DB_UNREACHABLE and DB_AUTH errors and in --json errors', async () => {
  const p = tempProject({ '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;') });
  const secret = 'TopSecretQ';
  const good = new URL(db.url);
  good.searchParams.set('password', secret);
  const ok = await runCli(['status', '--dir', p.dir, '--url', good.toString()], { cwd: p.root });
  expect(ok.code, ok.stderr).toBe(0);
  expect(ok.stdout).toMatch(/password=\*\*\*/);

  const unreachable = new URL(good);
  unreachable.pathname = '/lockstep_no_such_db_q';
  const badRole = new URL(good);
  badRole.username = 'no_such_role_lockstep_q';
  for (const [url, code] of [[unreachable, 'LOCKSTEP_E_DB_UNREACHABLE'], [badRole, 'LOCKSTEP_E_DB_AUTH']] as const) {
    for (const json of [[], ['--json']]) {
      const r = await runCli(['status', '--dir', p.dir, '--url', url.toString(), ...json], { cwd: p.root });
      expect(r.code, r.stderr).toBe(4);
      expect(r.stdout + r.stderr).toContain(code);
      expect(r.stdout + r.stderr).not.toContain(secret);
    }
  }
  for (const out of [ok.stdout, ok.stderr]) expect(out).not.toContain(secret);
  p.cleanup();
}, 60_000);
