import { beforeAll, describe, expect, it } from 'vitest';
import { LOCK_MODES, conflicts, statementLocks } from '../../src/locks/index.js';
import type { LockEffect } from '../../src/locks/index.js';
import { initParser, parseSql } from '../../src/sql/index.js';

beforeAll(() => initParser());

function locks(sql: string, pgVersion = 15): LockEffect[] {
  const [stmt] = parseSql(sql);
  if (!stmt) throw new Error('no statement');
  return statementLocks(stmt, { pgVersion });
}

describe('conflicts', () => {
  it('is symmetric and matches the documented table', () => {
    for (const a of LOCK_MODES) for (const b of LOCK_MODES) expect(conflicts(a, b)).toBe(conflicts(b, a));
    expect(conflicts('AccessShare', 'AccessExclusive')).toBe(true);
    expect(conflicts('AccessShare', 'Exclusive')).toBe(false);
    expect(conflicts('RowExclusive', 'RowExclusive')).toBe(false);
    expect(conflicts('RowExclusive', 'Share')).toBe(true);
    expect(conflicts('ShareUpdateExclusive', 'ShareUpdateExclusive')).toBe(true);
    expect(conflicts('Share', 'Share')).toBe(false);
    expect(conflicts('ShareRowExclusive', 'ShareRowExclusive')).toBe(true);
    expect(conflicts('RowShare', 'Exclusive')).toBe(true);
  });
});

describe('statementLocks', () => {
  it('describes what each mode blocks', () => {
    expect(locks('CREATE INDEX i ON t (a)')).toEqual([{ relation: 't', mode: 'Share', blocks: ['writes', 'ddl'], rewrite: false, scan: true }]);
    expect(locks('ALTER TABLE s.t ADD COLUMN a int')).toEqual([{ relation: 's.t', mode: 'AccessExclusive', blocks: ['reads', 'writes', 'ddl'], rewrite: false, scan: false }]);
    expect(locks('CREATE INDEX CONCURRENTLY i ON t (a)')[0]).toMatchObject({ mode: 'ShareUpdateExclusive', blocks: ['ddl'] });
  });

  it('takes the strongest lock of all subcommands, and locks (and reads, to validate) a foreign key target', () => {
    expect(locks('ALTER TABLE t SET (fillfactor = 70), ADD CONSTRAINT f FOREIGN KEY (o) REFERENCES o (id)')).toEqual([
      { relation: 't', mode: 'ShareRowExclusive', blocks: ['writes', 'ddl'], rewrite: false, scan: true },
      { relation: 'o', mode: 'ShareRowExclusive', blocks: ['writes', 'ddl'], rewrite: false, scan: true },
    ]);
    expect(locks('ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (o) REFERENCES o (id) NOT VALID')[1]).toMatchObject({ relation: 'o', scan: false });
  });

  it('scans for an inline REFERENCES only when the new column has a DEFAULT clause (or, before 13, the statement has one)', () => {
    expect(locks('ALTER TABLE t ADD COLUMN o bigint REFERENCES o (id)')[0]).toMatchObject({ relation: 't', scan: false });
    expect(locks('ALTER TABLE t ADD COLUMN o bigint DEFAULT NULL REFERENCES o (id)')[0]).toMatchObject({ relation: 't', scan: true });
    expect(locks('ALTER TABLE t ADD COLUMN o bigint REFERENCES o (id), ADD COLUMN n int DEFAULT 0')[0]).toMatchObject({ relation: 't', scan: false });
    expect(locks('ALTER TABLE t ADD COLUMN o bigint REFERENCES o (id), ADD COLUMN n int DEFAULT 0', 12)[0]).toMatchObject({ relation: 't', scan: true });
  });

  it('knows which ADD COLUMN forms rewrite, by version', () => {
    expect(locks("ALTER TABLE t ADD COLUMN a text DEFAULT 'x'")[0]?.rewrite).toBe(false);
    expect(locks("ALTER TABLE t ADD COLUMN a text DEFAULT 'x'", 10)[0]?.rewrite).toBe(true);
    expect(locks('ALTER TABLE t ADD COLUMN a uuid DEFAULT gen_random_uuid()')[0]?.rewrite).toBe(true);
    expect(locks('ALTER TABLE t ADD COLUMN a bigserial')[0]?.rewrite).toBe(true);
    expect(locks('ALTER TABLE t ADD COLUMN a int GENERATED ALWAYS AS (b * 2) STORED')[0]?.rewrite).toBe(true);
    expect(locks('ALTER TABLE t ADD COLUMN a int GENERATED ALWAYS AS IDENTITY')[0]?.rewrite).toBe(true);
  });

  it('is version-aware for partitions, index renames and NOT VALID constraints', () => {
    expect(locks('ALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1)', 11)[0]?.mode).toBe('AccessExclusive');
    expect(locks('ALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1)', 12)).toMatchObject([
      { relation: 'p', mode: 'ShareUpdateExclusive' },
      { relation: 'c', mode: 'AccessExclusive', scan: true },
    ]);
    expect(locks('ALTER TABLE p DETACH PARTITION c CONCURRENTLY', 14)[0]?.mode).toBe('ShareUpdateExclusive');
    expect(locks('ALTER INDEX i RENAME TO j', 11)[0]?.mode).toBe('AccessExclusive');
    expect(locks('ALTER INDEX i RENAME TO j', 150004)[0]?.mode).toBe('ShareUpdateExclusive');
    expect(locks('ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID')[0]?.scan).toBe(false);
    expect(locks('ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)')[0]?.scan).toBe(true);
  });

  it('treats rewrites and binary-coercible type changes apart', () => {
    expect(locks('ALTER TABLE t ALTER a TYPE bigint')[0]?.rewrite).toBe(true);
    expect(locks('ALTER TABLE t ALTER a TYPE text')[0]?.rewrite).toBe(false);
    expect(locks('VACUUM FULL t')[0]).toMatchObject({ mode: 'AccessExclusive', rewrite: true });
    expect(locks('ALTER TABLE t SET TABLESPACE fast')[0]?.rewrite).toBe(true);
  });

  it('returns nothing for statements that lock no table, including DO blocks and function bodies', () => {
    expect(locks('CREATE TABLE t (id int)')).toEqual([]);
    expect(locks("DO $$ BEGIN ALTER TABLE t ADD COLUMN a int; END $$")).toEqual([]);
    expect(locks("CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ TRUNCATE t $$")).toEqual([]);
    expect(locks("ALTER TYPE e ADD VALUE 'x'")).toEqual([]);
  });
});
