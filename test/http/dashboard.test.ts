/**
 * The dashboard in a real browser: playwright-core drives Debian's Chromium (/usr/bin/chromium, installed by
 * .ci/run) against a real server. Without Chromium the test is skipped with a warning, except under CI (CI set),
 * where a missing browser is an error so that the test cannot silently stop running. LOCKSTEP_SKIP_BROWSER=1
 * skips it anywhere.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/start-server.js';
import { REPO_ROOT, sqlMigration } from '../support/fixtures.js';
import { TOKENS, post, twoEnvironments, type TwoEnvironments } from './support.js';

const CHROMIUM = '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
const skip = process.env.LOCKSTEP_SKIP_BROWSER === '1' || (missing && !process.env.CI);
if (skip && missing && process.env.LOCKSTEP_SKIP_BROWSER !== '1') {
  console.warn(`dashboard browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium runs it; under CI it is required)`);
}
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let env: TwoEnvironments;
let server: RunningServer;
let browser: BrowserContext | undefined;
let profile: string;

beforeAll(async () => {
  if (skip) return;
  if (missing) {
    throw new Error(`${CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium), or set LOCKSTEP_SKIP_BROWSER=1 to skip the dashboard test`);
  }
  env = await twoEnvironments('http_dash', {
    '001_customers.sql': sqlMigration('CREATE TABLE customers (id bigint PRIMARY KEY);', 'DROP TABLE customers;'),
    '002_invoices.sql': sqlMigration('CREATE TABLE invoices (id bigint PRIMARY KEY);\nSELECT pg_sleep(0.2);', 'DROP TABLE invoices;'),
    '003_broken.sql': sqlMigration('CREATE TABLE broken (id int);\nSELECT 1/0;', 'DROP TABLE broken;'),
    '004_add_email.sql': sqlMigration('ALTER TABLE customers ADD COLUMN email text NOT NULL;', 'ALTER TABLE customers DROP COLUMN email;'),
  });
  // dev: 001 and 002 applied, 003 failed; prod: 001 applied.
  expect((await env.app.request('/v1/up', post({ env: 'dev' }, TOKENS.applyDev))).status).toBe(500);
  expect((await env.app.request('/v1/up', post({ env: 'prod', to: '001' }, TOKENS.applyAll))).status).toBe(200);
  server = await startServer(env.config, { port: 0, env: {}, log: () => undefined });
  profile = mkdtempSync(join(tmpdir(), 'lockstep-chromium-'));
  // A new, empty profile: playwright passes it to Chromium as --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS, headless: true, viewport: { width: 1280, height: 1100 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await env?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

it.skipIf(skip)('shows both environments and the failed migration in the matrix, and the plan verdicts on demand, with no request to another origin', async () => {
  const page = await (browser as BrowserContext).newPage();
  const foreign: string[] = [];
  page.on('request', (r) => void (new URL(r.url()).origin !== server.url && foreign.push(r.url())));
  const errors: string[] = [];
  page.on('pageerror', (e) => void errors.push(e.message));
  await page.goto(`${server.url}/`);
  // The page asks for a token first; it is kept in sessionStorage only.
  await page.locator('#token').fill(TOKENS.read);
  await page.locator('#login button[type=submit]').click();
  await page.locator('#matrix tbody tr').first().waitFor();

  expect(await page.locator('#matrix thead th').allTextContents()).toEqual(['version', 'name', 'dev', 'prod']);
  expect(await page.locator('#environments .card h3').allTextContents()).toEqual(['dev', 'prodprotected']);
  // The cards count the failed migration apart from the pending ones.
  expect(await page.locator('#environments .card[data-env="dev"] [data-count="failed"]').textContent()).toBe(' (1 failed)');
  expect(await page.locator('#environments .card[data-env="prod"] [data-count="failed"]').count()).toBe(0);
  const state = (version: string, envName: string) => page.locator(`#matrix tr[data-version="${version}"] td[data-env="${envName}"] .cell`).getAttribute('data-state');
  expect(await state('001', 'dev')).toBe('applied');
  expect(await state('001', 'prod')).toBe('applied');
  expect(await state('003', 'dev')).toBe('failed');
  expect(await state('003', 'prod')).toBe('pending');
  expect(await page.locator('#timeline td.kind.fail').count()).toBeGreaterThan(0);
  expect(await page.locator('#durations svg rect').count()).toBeGreaterThan(3);
  expect(await page.locator('#pending').textContent()).toContain('adding-not-null-column');

  // The plan is asked for per environment, with a button: the matrix does not wait for rehearsals.
  expect(await page.locator('#pending .plan').count()).toBe(0);
  await page.locator('button[data-plan-env="dev"]').click();
  await page.locator('button[data-plan-env="prod"]').click();
  const verdict = (version: string, envName: string) => page.locator(`#pending .pending-item[data-version="${version}"] .plan[data-env="${envName}"]`);
  await verdict('003', 'dev').waitFor({ timeout: 60_000 });
  await verdict('004', 'prod').waitFor({ timeout: 60_000 });
  expect(await verdict('003', 'dev').getAttribute('data-verdict')).toBe('blocked');
  expect(await verdict('003', 'dev').textContent()).toMatch(/^blocked on dev.*division by zero/);
  expect(await verdict('002', 'prod').getAttribute('data-verdict')).toBe('safe');
  // 002 is applied on dev: no verdict for it there.
  expect(await verdict('002', 'dev').count()).toBe(0);
  expect(await page.locator('.plan-env[data-env="dev"]').textContent()).toMatch(/\d+ safe · \d+ needs attention · [1-9]\d* blocked/);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);

  mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: join(REPO_ROOT, 'test-results/dashboard.png'), fullPage: true });
}, 120_000);
