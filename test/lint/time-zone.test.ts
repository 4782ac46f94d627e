/**
 * The session TimeZone in force before each statement (facts.ts), and what it does to timestamp ↔ timestamptz:
 * PostgreSQL 12+ skips the rewrite only under a zone with a fixed zero offset. The same cases run on a real server
 * in type-change-server.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { applyColumnEvents, columnEvents, copyColumnTypes, type ColumnTypes } from '../../src/locks/column-types.js';
import { isUtcTimeZone } from '../../src/locks/type-change.js';
import { computeFacts, timeZoneAt } from '../../src/lint/facts.js';
import { lintSql } from '../../src/lint/index.js';
import { statementLocks } from '../../src/locks/index.js';
import type { LintOptions } from '../../src/lint/index.js';
import { initParser, parseSql } from '../../src/sql/index.js';
import { DEFAULT_POLICY, describeExecution } from '../../src/execution/index.js';

beforeAll(() => initParser());

function typesOf(sql: string): ColumnTypes {
  const types = copyColumnTypes(undefined);
  applyColumnEvents(types, columnEvents(parseSql(sql)));
  return types;
}

/** How Lockstep runs the SQL: in its transaction, or (transactional false) as a no-transaction migration. */
function runs(sql: string, transactional: boolean) {
  return describeExecution({ directives: { noTransaction: !transactional, irreversible: false, lockFlag: false } }, { kind: 'sql', path: 'm.sql', sql, startLine: 1 }, DEFAULT_POLICY);
}

/** The zone in force before each statement. */
function zones(sql: string, options: LintOptions = {}, transactional = true): Array<string | undefined> {
  const facts = computeFacts({ file: 'm.sql', statements: parseSql(sql), execution: runs(sql, transactional), lockTimeoutPreset: false, statementTimeoutPreset: false, options });
  return facts.statements.map(timeZoneAt);
}

describe('the TimeZone fact', () => {
  it('starts as the server zone (unknown without one) and follows SET, SET TIME ZONE, RESET and set_config', () => {
    expect(zones("SELECT 1; SET TimeZone = 'UTC'; SELECT 1")).toEqual([undefined, undefined, 'UTC']);
    expect(zones("SELECT 1; SET TIME ZONE 'Europe/Berlin'; RESET TimeZone; SELECT 1", { serverTimeZone: 'Etc/UTC' })).toEqual(['Etc/UTC', 'Etc/UTC', 'Europe/Berlin', 'Etc/UTC']);
    expect(zones("SET TIME ZONE 'UTC'; SET TIME ZONE LOCAL; SET TIME ZONE 'UTC'; SET TIME ZONE DEFAULT; SET \"TimeZone\" TO 'UTC'; RESET ALL; SELECT 1", { serverTimeZone: 'Asia/Tokyo' })).toEqual([
      'Asia/Tokyo', 'UTC', 'Asia/Tokyo', 'UTC', 'Asia/Tokyo', 'UTC', 'Asia/Tokyo',
    ]);
    expect(zones("SELECT set_config('TimeZone', 'UTC', false); SET TIME ZONE 0; SET TIME ZONE INTERVAL '+00:00' HOUR TO MINUTE; SET TIME ZONE INTERVAL '-08:00' HOUR TO MINUTE; SELECT 1")).toEqual([
      undefined, 'UTC', '0', '0', "INTERVAL '-08:00'",
    ]);
  });

  it('SET LOCAL lasts until the transaction ends; ROLLBACK undoes a SET; SET LOCAL outside a transaction does nothing', () => {
    const berlin = { serverTimeZone: 'Europe/Berlin' };
    expect(zones("BEGIN; SET LOCAL TimeZone = 'UTC'; SELECT 1; COMMIT; SELECT 1", berlin, false)).toEqual(['Europe/Berlin', 'Europe/Berlin', 'UTC', 'UTC', 'Europe/Berlin']);
    expect(zones("BEGIN; SET TimeZone = 'UTC'; ROLLBACK; SELECT 1", berlin, false)).toEqual(['Europe/Berlin', 'Europe/Berlin', 'UTC', 'Europe/Berlin']);
    expect(zones("BEGIN; SET TimeZone = 'UTC'; COMMIT; SELECT 1", berlin, false)).toEqual(['Europe/Berlin', 'Europe/Berlin', 'UTC', 'UTC']);
    expect(zones("SET LOCAL TimeZone = 'UTC'; SELECT 1", berlin, false)).toEqual(['Europe/Berlin', 'Europe/Berlin']);
    // In Lockstep's own transaction, SET LOCAL lasts to the end of the migration; a later SET wins over it.
    expect(zones("SET LOCAL TimeZone = 'UTC'; SELECT 1; SET TimeZone = 'Asia/Tokyo'; SELECT 1", berlin)).toEqual(['Europe/Berlin', 'UTC', 'UTC', 'Asia/Tokyo']);
  });

  it('the lock model sees the zone: no rewrite for timestamp → timestamptz after SET LOCAL TimeZone = UTC', () => {
    const columnTypes = typesOf('CREATE TABLE t (n timestamp)');
    const sql = "ALTER TABLE t ALTER COLUMN n TYPE timestamptz; SET LOCAL TimeZone = 'UTC'; ALTER TABLE t ALTER COLUMN n TYPE timestamptz";
    const facts = computeFacts({
      file: 'm.sql',
      statements: parseSql(sql),
      execution: runs(sql, true),
      lockTimeoutPreset: false,
      statementTimeoutPreset: false,
      options: { columnTypes },
    });
    expect(facts.statements.map((s) => s.locks.map((l) => l.rewrite))).toEqual([[true], [], [false]]);
    const [alter] = parseSql('ALTER TABLE t ALTER COLUMN n TYPE timestamptz');
    if (!alter) throw new Error('no statement');
    expect(statementLocks(alter, { pgVersion: 15, columnTypes, timeZone: 'Etc/UTC' })[0]?.rewrite).toBe(false);
    expect(statementLocks(alter, { pgVersion: 11, columnTypes, timeZone: 'Etc/UTC' })[0]?.rewrite).toBe(true);
    expect(statementLocks(alter, { pgVersion: 15, columnTypes, timeZone: 'Europe/London' })[0]?.rewrite).toBe(true);
  });
});

describe('zero-offset zones (checked on PostgreSQL 15 in type-change-server.test.ts)', () => {
  it('accepts the fixed UTC names, zero POSIX specs and zero offsets, case-insensitively', () => {
    for (const z of ['UTC', 'utc', 'Etc/UTC', 'GMT', 'UTC0', 'Zulu', 'Etc/GMT+0', 'GMT-0', 'Greenwich', 'Universal', 'UCT', 'posix/Etc/UTC', 'FOO0', '<+00>-00', 'UTC+00:00', '0', '+00', '0.0', '00:00']) {
      expect(isUtcTimeZone(z), z).toBe(true);
    }
  });
  it('rejects zones at +00:00 only part of the time or historically, and anything else', () => {
    for (const z of ['Europe/London', 'Africa/Abidjan', 'Iceland', 'WET', 'Europe/Lisbon', 'UTC0BST', 'UTC+1', 'Etc/GMT+1', 'localtime', 'right/UTC', 'UTC ', '', "INTERVAL '-08:00'"]) {
      expect(isUtcTimeZone(z), z).toBe(false);
    }
    expect(isUtcTimeZone(undefined)).toBe(false);
  });
});

describe('changing-column-type and timestamp ↔ timestamptz', () => {
  let columnTypes: ColumnTypes;
  beforeAll(async () => {
    await initParser();
    columnTypes = typesOf('CREATE TABLE t (n timestamp, z timestamptz, p timestamp(3))');
  });
  const typeFindings = (sql: string, options: LintOptions & { transactional?: boolean } = {}) =>
    lintSql(sql, 'm.sql', { columnTypes, ...options }).findings.filter((f) => f.rule === 'changing-column-type').map((f) => `${f.severity}: ${f.message} | ${f.help}`);

  it('no finding when the zone in force is UTC (a SET LOCAL, SET TIME ZONE, or the server default), both directions', () => {
    expect(typeFindings("SET LOCAL TimeZone = 'UTC';\nALTER TABLE t ALTER COLUMN n TYPE timestamptz;")).toEqual([]);
    expect(typeFindings("SET TIME ZONE 'Etc/UTC';\nALTER TABLE t ALTER COLUMN z TYPE timestamp;")).toEqual([]);
    expect(typeFindings('ALTER TABLE t ALTER COLUMN n TYPE timestamptz;', { serverTimeZone: 'Etc/UTC' })).toEqual([]);
    expect(typeFindings('ALTER TABLE t ALTER COLUMN p TYPE timestamptz USING p;', { serverTimeZone: 'UTC' })).toEqual([]);
  });

  it('an error when the zone is not UTC, before PostgreSQL 12, or with a precision below 6', () => {
    expect(typeFindings("SET LOCAL TimeZone = 'Europe/London';\nALTER TABLE t ALTER COLUMN n TYPE timestamptz;")).toEqual([
      expect.stringMatching(/^error: .*timestamp to timestamptz rewrites the table under TimeZone 'Europe\/London'; only a UTC session skips it.*SET LOCAL TimeZone = 'UTC'/),
    ]);
    expect(typeFindings('ALTER TABLE t ALTER COLUMN n TYPE timestamptz;', { serverTimeZone: 'UTC', pgVersion: 11 })).toEqual([expect.stringMatching(/^error: .*always rewrites the table before PostgreSQL 12/)]);
    expect(typeFindings('ALTER TABLE t ALTER COLUMN p TYPE timestamptz(3);', { serverTimeZone: 'UTC' })).toEqual([expect.stringMatching(/^error: .*rounds every value/)]);
    // SET LOCAL outside a transaction block does nothing.
    expect(typeFindings("SET LOCAL TimeZone = 'UTC';\nALTER TABLE t ALTER COLUMN n TYPE timestamptz;", { transactional: false })).toEqual([expect.stringMatching(/^error: .*unless the session TimeZone is UTC/)]);
  });

  it('an unknown zone keeps the error, and says a UTC session would not rewrite', () => {
    expect(typeFindings('ALTER TABLE t ALTER COLUMN n TYPE timestamptz;')).toEqual([
      expect.stringMatching(/^error: .*timestamp to timestamptz rewrites the table unless the session TimeZone is UTC\).*Under a UTC session PostgreSQL 12\+ converts timestamp to timestamptz \(and back\) without a rewrite/),
    ]);
    expect(typeFindings('ALTER TABLE u ALTER COLUMN n TYPE timestamptz;')).toEqual([
      expect.stringMatching(/^error: .*unless the column is timestamp and the session TimeZone is UTC\).*SET LOCAL TimeZone = 'UTC'/),
    ]);
  });

  it('an unknown old type under a UTC the migration set is taken for timestamp ↔ timestamptz: info', () => {
    expect(typeFindings("SET LOCAL TimeZone = 'UTC';\nALTER TABLE u ALTER COLUMN n TYPE timestamptz;")).toEqual([
      expect.stringMatching(/^info: .*taken to be timestamp to timestamptz under TimeZone 'UTC'.*no rewrite only if the column is timestamp or timestamptz \(TimeZone is 'UTC'\)/),
    ]);
    expect(typeFindings('ALTER TABLE u ALTER COLUMN n TYPE timestamptz;', { serverTimeZone: 'America/New_York' })).toEqual([
      expect.stringMatching(/^error: .*unless the column is timestamp and the session TimeZone were UTC \(it is 'America\/New_York'\)/),
    ]);
  });

  it('changing-type-of-checked-column follows the zone too', () => {
    const sql = "ALTER TABLE t ADD CONSTRAINT n_past CHECK (n < '2100-01-01') NOT VALID;\nALTER TABLE t ALTER COLUMN n TYPE timestamptz;";
    const checked = (options: LintOptions) => lintSql(sql, 'm.sql', { columnTypes, ...options }).findings.filter((f) => f.rule === 'changing-type-of-checked-column').length;
    expect(checked({ serverTimeZone: 'UTC' })).toBe(1);
    expect(checked({ serverTimeZone: 'Europe/Berlin' })).toBe(0);
  });
});
