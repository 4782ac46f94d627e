/** describeExecution: the one answer to "how does this migration run", and why. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directives, SqlSection, Tool } from '../../src/core/types.js';
import { DEFAULT_POLICY, describeExecution, ownBlockAt, unclosedBegin } from '../../src/execution/index.js';
import { initParser } from '../../src/sql/index.js';

const NONE: Directives = { noTransaction: false, irreversible: false, lockFlag: false };
const section = (sql: string, explicit?: SqlSection['explicitStatements']): SqlSection => ({ kind: 'sql', path: 'm.sql', sql, startLine: 1, ...(explicit ? { explicitStatements: explicit } : {}) });
const run = (sql: string, directives: Partial<Directives> = {}, semantics?: 'lockstep' | 'autocommit' | 'transaction') =>
  describeExecution({ directives: { ...NONE, ...directives } }, section(sql), DEFAULT_POLICY, semantics);

beforeAll(async () => {
  await initParser();
});

describe('describeExecution', () => {
  it('runs a plain migration in one transaction, every statement inside it', () => {
    const e = run('ALTER TABLE t ADD COLUMN a int;\nCREATE INDEX i ON t (a);');
    expect(e).toMatchObject({ mode: 'transaction', inTransaction: [true, true] });
    expect(e.statements.units).toHaveLength(2);
  });

  it('runs statement by statement when a statement refuses transaction blocks, and says which and where', () => {
    const e = run('ALTER TABLE t ADD COLUMN a int;\nCREATE INDEX CONCURRENTLY i ON t (a);');
    expect(e.mode).toBe('no-transaction');
    expect(e.why).toBe('CREATE INDEX CONCURRENTLY (line 2) cannot run inside a transaction block');
    expect(e.inTransaction).toEqual([false, false]);
  });

  it('follows the directive, naming where it came from', () => {
    const e = run('ALTER TABLE t ADD COLUMN a int;', { noTransaction: true, noTransactionFrom: '-- +goose NO TRANSACTION (line 1)' });
    expect(e).toMatchObject({ mode: 'no-transaction', why: '-- +goose NO TRANSACTION (line 1)' });
  });

  it('runs a file with its own BEGIN … COMMIT as written: only the block is in a transaction', () => {
    const e = run('CREATE TABLE a (id int);\nBEGIN;\nINSERT INTO a VALUES (1);\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON a (id);');
    expect(e.mode).toBe('as-written');
    expect(e.why).toContain('BEGIN on line 2');
    expect(e.inTransaction).toEqual([false, true, true, true, false]);
  });

  it('does not take SAVEPOINT / RELEASE / ROLLBACK TO for a file managing its own transactions', () => {
    expect(run('SAVEPOINT s;\nALTER TABLE t ADD COLUMN a int;\nROLLBACK TO SAVEPOINT s;\nRELEASE SAVEPOINT s;').mode).toBe('transaction');
  });

  it('takes timeouts from a directive before the configuration, and says who sets them', () => {
    expect(run('SELECT 1;').lockTimeout).toEqual({ ms: 100, from: 'the lockTimeout setting' });
    expect(run('SELECT 1;', { lockTimeoutMs: 5000 }).lockTimeout).toEqual({ ms: 5000, from: '-- lockstep:lock-timeout' });
    expect(run('SELECT 1;').statementTimeout).toEqual({ ms: 0, from: 'none' });
  });

  it('assumes another tool\'s semantics when asked: autocommit outside blocks, or one transaction per file', () => {
    expect(run('CREATE INDEX CONCURRENTLY i ON t (a);', {}, 'transaction')).toMatchObject({ mode: 'transaction', inTransaction: [true] });
    expect(run('ALTER TABLE t ADD COLUMN a int;', {}, 'autocommit')).toMatchObject({ mode: 'no-transaction', inTransaction: [false] });
    expect(run('BEGIN;\nALTER TABLE t ADD COLUMN a int;\nCOMMIT;', {}, 'autocommit').inTransaction).toEqual([true, true, true]);
  });

  it('sends a delimited block as one query but parses every statement in it for the linter', () => {
    const sql = 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nSELECT 1;';
    const e = describeExecution({ directives: NONE }, section(sql, [
      { sql: 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);', start: 0, end: 49, line: 1, column: 1, endLine: 2, endColumn: 25 },
      { sql: 'SELECT 1', start: 50, end: 58, line: 3, column: 1, endLine: 3, endColumn: 9 },
    ]), DEFAULT_POLICY);
    expect(e.statements.units.map((u) => u.sql)).toEqual(['CREATE TABLE a (id int);\nCREATE TABLE b (id int);', 'SELECT 1']);
    expect(e.statements.parsed.map((p) => [p.kind, p.line])).toEqual([['CreateStmt', 1], ['CreateStmt', 2], ['SelectStmt', 3]]);
    expect(e.statements.unitOf).toEqual([0, 0, 1]);
  });

  it('numbers the transactions: statements that commit together share one, a statement alone has its own', () => {
    const tx = (sql: string, semantics?: 'lockstep' | 'autocommit' | 'transaction', directives: Partial<Directives> = {}) => {
      const e = run(sql, directives, semantics);
      return { inTransaction: e.inTransaction, transaction: e.transaction, sharedQuery: e.sharedQuery };
    };
    expect(tx('SELECT 1; SELECT 2;')).toEqual({ inTransaction: [true, true], transaction: [1, 1], sharedQuery: [false, false] });
    expect(tx('SELECT 1; SELECT 2;', 'lockstep', { noTransaction: true })).toEqual({ inTransaction: [false, false], transaction: [1, 2], sharedQuery: [false, false] });
    expect(tx('SELECT 1;\nBEGIN;\nSELECT 2;\nCOMMIT;\nSELECT 3;\nBEGIN;\nSELECT 4;\nROLLBACK;').transaction).toEqual([1, 2, 2, 2, 3, 4, 4, 4]);
    // Linted as its tool's one transaction, a file's own COMMIT ends that transaction and its BEGIN opens the next.
    expect(tx('SELECT 1;\nCOMMIT;\nSELECT 2;\nBEGIN;\nSELECT 3;', 'transaction')).toEqual({
      inTransaction: [true, true, false, true, true], transaction: [1, 1, 2, 3, 3], sharedQuery: [false, false, false, false, false],
    });
    // A query holding several statements is one implicit transaction block.
    const sql = 'SELECT 1;\nSELECT 2;\nSELECT 3;';
    const e = describeExecution({ directives: { ...NONE, noTransaction: true } }, section(sql, [
      { sql: 'SELECT 1;\nSELECT 2;', start: 0, end: 18, line: 1, column: 1, endLine: 2, endColumn: 9 },
      { sql: 'SELECT 3', start: 19, end: 27, line: 3, column: 1, endLine: 3, endColumn: 9 },
    ]), DEFAULT_POLICY);
    expect({ inTransaction: e.inTransaction, transaction: e.transaction, sharedQuery: e.sharedQuery }).toEqual({ inTransaction: [true, true, false], transaction: [1, 1, 2], sharedQuery: [true, true, false] });
  });
});

describe('ownBlockAt: the transaction blocks of an as-written file', () => {
  const blocks = (sql: string, tool?: Tool, directives: Partial<Directives> = {}) => {
    const e = describeExecution({ directives: { ...NONE, ...directives }, ...(tool ? { tool } : {}) }, section(sql), DEFAULT_POLICY);
    const units = e.statements.parsed;
    // As the runner walks them: a block's statements are run with it.
    const out: string[] = [];
    for (let k = 0; k < units.length; k++) {
      const b = ownBlockAt(e, units, k);
      if (!b) continue;
      out.push(`${k}:${b.to}${b.opensItself ? '' : ' opened'}${b.closesItself ? '' : ' open'}`);
      k = b.to;
    }
    return out;
  };

  it('a block from each BEGIN to its COMMIT or ROLLBACK; statements outside blocks have none', () => {
    expect(blocks('CREATE TABLE a (id int);\nBEGIN;\nINSERT INTO a VALUES (1);\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON a (id);\nBEGIN;\nDELETE FROM a;\nROLLBACK;')).toEqual(['1:3', '5:7']);
  });

  it('an enclosed file: its first block was opened by its tool; its last one, left open, is committed for its tool', () => {
    expect(blocks('ALTER TABLE a ADD COLUMN b int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON a (b);\nBEGIN;\nALTER TABLE a ADD COLUMN c int;', 'goose')).toEqual(['0:1 opened', '3:4 open']);
  });

  const PRE_BEGIN = 'CREATE TABLE a (id int);\nBEGIN;\nCREATE TABLE b (id int);\nCOMMIT;\nCREATE TABLE c (id int);';

  it('statements before the first BEGIN join its block where the tool runs the file in a transaction or as one query', () => {
    for (const tool of ['goose', 'sql-migrate', 'dbmate', 'diesel', 'node-pg-migrate', 'drizzle', 'flyway', 'golang-migrate', 'prisma'] as const) {
      expect([tool, blocks(PRE_BEGIN, tool)]).toEqual([tool, ['0:3 opened']]);
      const e = describeExecution({ directives: NONE, tool }, section(PRE_BEGIN), DEFAULT_POLICY);
      // One transaction from the first statement to the COMMIT: the linter reads the statements before BEGIN in it.
      expect(e).toMatchObject({ mode: 'as-written', enclosed: false, opensFirstBlock: true, inTransaction: [true, true, true, true, false], transaction: [1, 1, 1, 1, 2], sharedQuery: [false, false, false, false, false] });
      expect(e.why).toContain('the statements before it run in one transaction with its block');
    }
  });

  it("its no-transaction option: dbmate and diesel still send one query; goose, sql-migrate and Flyway send statement by statement", () => {
    const noTx = { noTransaction: true, noTransactionFrom: 'the marker' };
    for (const tool of ['dbmate', 'diesel', 'golang-migrate', 'prisma'] as const) expect([tool, blocks(PRE_BEGIN, tool, noTx)]).toEqual([tool, ['0:3 opened']]);
    for (const tool of ['goose', 'sql-migrate', 'flyway', 'node-pg-migrate', 'drizzle'] as const) expect([tool, blocks(PRE_BEGIN, tool, noTx)]).toEqual([tool, ['1:3']]);
  });

  it("Lockstep's own layout (and a file of no known tool) runs them each on its own, as psql -f does", () => {
    expect(blocks(PRE_BEGIN, 'lockstep')).toEqual(['1:3']);
    expect(blocks(PRE_BEGIN)).toEqual(['1:3']);
    expect(describeExecution({ directives: NONE, tool: 'lockstep' }, section(PRE_BEGIN), DEFAULT_POLICY)).toMatchObject({ opensFirstBlock: false, inTransaction: [false, true, true, true, false], transaction: [1, 2, 2, 2, 3] });
  });

  it('a statement refused in a transaction block before the BEGIN is sent alone, and so are the others before it', () => {
    expect(blocks('ALTER TABLE a ADD COLUMN b int;\nCREATE INDEX CONCURRENTLY i ON a (b);\nBEGIN;\nCREATE TABLE b (id int);\nCOMMIT;', 'goose')).toEqual(['2:4']);
    expect(blocks('VACUUM a;\nBEGIN;\nCREATE TABLE b (id int);\nCOMMIT;', 'golang-migrate')).toEqual(['1:3']);
  });

  it('a file that starts with its BEGIN, or never closes it, is as before', () => {
    expect(blocks('BEGIN;\nCREATE TABLE b (id int);\nCOMMIT;', 'goose')).toEqual(['0:2']);
    const open = describeExecution({ directives: NONE, tool: 'goose' }, section('CREATE TABLE a (id int);\nBEGIN;\nCREATE TABLE b (id int);'), DEFAULT_POLICY);
    expect(open.opensFirstBlock).toBe(false);
    expect(unclosedBegin(open, open.statements.parsed)?.line).toBe(2);
    // A later BEGIN left open is refused as before, whatever the first block holds.
    const later = describeExecution({ directives: NONE, tool: 'goose' }, section(`${PRE_BEGIN}\nBEGIN;\nSELECT 1;`), DEFAULT_POLICY);
    expect([later.opensFirstBlock, unclosedBegin(later, later.statements.parsed)?.line]).toEqual([true, 6]);
  });

  it('an enclosed file opens its first block too', () => {
    const e = describeExecution({ directives: NONE, tool: 'goose' }, section('ALTER TABLE a ADD COLUMN b int;\nCOMMIT;\nBEGIN;\nSELECT 1;'), DEFAULT_POLICY);
    expect(e).toMatchObject({ enclosed: true, opensFirstBlock: true });
  });

  it('none for a file that runs in one transaction or statement by statement', () => {
    expect(blocks('ALTER TABLE a ADD COLUMN b int;\nCREATE INDEX i ON a (b);')).toEqual([]);
    expect(blocks('CREATE INDEX CONCURRENTLY i ON a (b);\nVACUUM a;')).toEqual([]);
  });
});

describe('unclosedBegin: the BEGIN nothing commits (up refuses the file, lint reports it)', () => {
  const open = (sql: string, tool?: 'goose', semantics?: 'lockstep' | 'autocommit' | 'transaction') => {
    const e = describeExecution({ directives: NONE, ...(tool ? { tool } : {}) }, section(sql), DEFAULT_POLICY, semantics);
    return unclosedBegin(e, e.statements.parsed)?.line;
  };
  it('finds the block left open, after blocks that close', () => {
    expect(open('BEGIN;\nSELECT 1;\nCOMMIT;\nBEGIN;\nSELECT 2;')).toBe(4);
    expect(open('SELECT 0;\nBEGIN;\nSELECT 1;')).toBe(2);
    expect(open('BEGIN;\nSELECT 1;\nROLLBACK;')).toBeUndefined();
  });
  it('none when someone else commits it: an enclosed file\'s last block, or one transaction per file', () => {
    expect(open('COMMIT;\nCREATE INDEX CONCURRENTLY i ON t (a);\nBEGIN;', 'goose')).toBeUndefined();
    expect(open('BEGIN;\nSELECT 1;', undefined, 'transaction')).toBeUndefined();
    expect(open('BEGIN;\nSELECT 1;', undefined, 'autocommit')).toBe(1);
  });
});

describe('a file that COMMITs its tool\'s transaction first (enclosed)', () => {
  const enclosed = (tool: 'goose' | 'drizzle' | 'flyway' | 'golang-migrate' | 'lockstep') =>
    describeExecution({ directives: NONE, tool }, section('COMMIT;\nCREATE INDEX CONCURRENTLY i ON t (a);\nBEGIN;'), DEFAULT_POLICY).enclosed;
  it('is run inside the transaction its tool opens where the tool sends each statement as it is', () => {
    expect(enclosed('goose')).toBe(true);
    expect(enclosed('drizzle')).toBe(true);
  });
  it('is not where the tool sends the file as one query, its driver reopens a transaction (Flyway), or for Lockstep\'s own layout', () => {
    expect(enclosed('golang-migrate')).toBe(false);
    expect(enclosed('flyway')).toBe(false);
    expect(enclosed('lockstep')).toBe(false);
  });
});
