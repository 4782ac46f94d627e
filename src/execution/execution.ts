/**
 * How one migration runs, decided once, here, for every command: `up`, `down`, the lint gate, `lint`, `plan`,
 * `preflight`, `test`, `--fix`, the HTTP routes and the dashboard all take this answer and never decide it again.
 *
 * - `transaction`: Lockstep wraps the statements and the history row in one transaction (the default).
 * - `no-transaction`: the statements run one by one, each committing on its own, with progress recorded after each
 *   (a directive or the tool's marker says so, or a statement PostgreSQL refuses inside a transaction block).
 * - `as-written`: the file manages its own transactions (`BEGIN … COMMIT` in it): statements run one by one outside
 *   Lockstep's wrapper, the file's blocks honoured, the history row written when the file finishes. A file its tool
 *   runs inside a transaction may close that transaction and open another (`COMMIT; CREATE INDEX CONCURRENTLY …;
 *   BEGIN;`, written for goose, sql-migrate, dbmate, diesel, node-pg-migrate): it is `enclosed`, and runs as its tool
 *   runs it, a BEGIN before its first statement and a COMMIT after its last when it leaves a block open. A file whose
 *   tool runs it in a transaction or sends it as one query runs the statements before its first BEGIN in one
 *   transaction with that BEGIN's block, as its tool does (`HOW_TOOLS_SEND`); Lockstep's own layout runs them each
 *   on its own, as `psql -f` does.
 */
import type { MigrationFile, SqlSection, Tool } from '../core/types.js';
import { noTransactionReason, transactionBoundary, type ParsedStatement } from '../sql/index.js';
import type { RunPolicy } from './policy.js';
import { NO_PROCEDURES, afterStatement, type CommittingProcedures } from './procedures.js';
import { sectionStatements, type SectionStatements } from './statements.js';

export type RunMode = 'transaction' | 'no-transaction' | 'as-written';

/**
 * How a linter should assume the SQL is run: as Lockstep runs it (the execution model), statement by statement with
 * autocommit (psql -f, golang-migrate's multi-statement driver), or one transaction per file (Rails, Django, Flyway).
 */
export type Semantics = 'lockstep' | 'autocommit' | 'transaction';

export interface Timeout {
  /** 0: none is set, the server's own setting applies. */
  readonly ms: number;
  /** Who sets it, in words. */
  readonly from: string;
}

export interface Execution {
  readonly mode: RunMode;
  /**
   * `as-written` in its tool's transaction: the file's first transaction statement is a COMMIT (or ROLLBACK) of the
   * transaction its tool opened. Lockstep opens that transaction too, and commits the block the file leaves open.
   */
  readonly enclosed: boolean;
  /**
   * `as-written`: the file's first block starts at its first statement, in a transaction whoever runs the file opens in
   * its tool's place: an enclosed file, or one with statements before its first BEGIN that its tool runs in one
   * transaction with that BEGIN's block (see HOW_TOOLS_SEND). ownBlockAt reads it.
   */
  readonly opensFirstBlock: boolean;
  /** Why, in words: shown by `plan`, dry runs and lint messages. */
  readonly why: string;
  readonly statements: SectionStatements;
  /**
   * Per parsed statement: does it run inside a transaction block (Lockstep's, its tool's, the file's own
   * BEGIN … COMMIT, or the implicit one of a query that holds several statements)?
   */
  readonly inTransaction: readonly boolean[];
  /**
   * Per parsed statement: the transaction it runs in, numbered from 1 in the order they run. Statements with one
   * number commit (or roll back) together; a statement outside any block has a number of its own.
   */
  readonly transaction: readonly number[];
  /** Per parsed statement: in a transaction only because its query holds several statements (outside any block). */
  readonly sharedQuery: readonly boolean[];
  /**
   * Per parsed statement: why PostgreSQL refuses it inside a transaction block (CONCURRENTLY, VACUUM, a CALL of a
   * procedure that COMMITs, …), or undefined. The mode is decided from it; the lint rule that reports such a statement
   * in a block reads it, so that both know the same procedures.
   */
  readonly refusals: readonly (string | undefined)[];
  readonly lockTimeout: Timeout;
  readonly statementTimeout: Timeout;
  readonly retry: { readonly lockRetries: number; readonly retryDeadlineMs: number };
}

/**
 * The execution of one SQL section of a migration (its up, or its down) under the run's policy. `procedures`: those
 * that COMMIT or ROLL BACK when the section starts (procedures.ts `procedureScope`: the earlier migrations', the
 * database's); the section's own statements change them as they go.
 */
export function describeExecution(file: Pick<MigrationFile, 'directives'> & Partial<Pick<MigrationFile, 'tool'>>, section: SqlSection, policy: RunPolicy, semantics: Semantics = 'lockstep', procedures: CommittingProcedures = NO_PROCEDURES): Execution {
  const statements = sectionStatements(section);
  const refusals = refusalsOf(statements.parsed, procedures);
  const { mode, why } = semantics === 'lockstep' ? decideMode(file, statements, refusals) : assumed(semantics, statements);
  const asItsTool = mode === 'as-written' && semantics !== 'autocommit';
  const enclosed = asItsTool && closesItsToolsTransaction(file, statements);
  const joined = asItsTool && !enclosed ? joinsFirstBlock(file, statements, refusals) : undefined;
  return {
    mode,
    enclosed,
    opensFirstBlock: enclosed || joined !== undefined,
    why: enclosed ? `${why}, inside the transaction its tool opens (it COMMITs that one first)` : joined ? `${why}; the statements before it run in one transaction with its block, ${joined}` : why,
    statements,
    ...transactionsOf(mode, enclosed || joined !== undefined, statements),
    refusals,
    lockTimeout: timeoutOf(file.directives.lockTimeoutMs, policy.lockTimeoutMs, 'lock-timeout', 'lockTimeout'),
    statementTimeout: timeoutOf(file.directives.statementTimeoutMs, policy.statementTimeoutMs, 'statement-timeout', 'statementTimeout'),
    retry: { lockRetries: policy.lockRetries, retryDeadlineMs: policy.retryDeadlineMs },
  };
}

/** Per statement, why PostgreSQL refuses it in a transaction block, each CALL knowing the procedures the statements before it leave. */
function refusalsOf(parsed: readonly ParsedStatement[], procedures: CommittingProcedures): (string | undefined)[] {
  let known = procedures;
  const commits = (name: string): string | undefined => known.get(name);
  return parsed.map((p) => {
    const reason = noTransactionReason(p, commits);
    known = afterStatement(known, p);
    return reason;
  });
}

function decideMode(file: Pick<MigrationFile, 'directives'>, s: SectionStatements, refusals: readonly (string | undefined)[]): { mode: RunMode; why: string } {
  const own = s.parsed.find((p) => transactionBoundary(p) !== undefined);
  if (own) return { mode: 'as-written', why: `the file manages its own transactions (${own.sql.split(/\s/)[0]?.toUpperCase()} on line ${own.line}): run as written` };
  if (file.directives.noTransaction) return { mode: 'no-transaction', why: file.directives.noTransactionFrom ?? 'the migration asks to run outside a transaction' };
  for (const [i, p] of s.parsed.entries()) {
    const reason = refusals[i];
    if (reason) return { mode: 'no-transaction', why: `${reason} (line ${p.line}) cannot run inside a transaction block` };
  }
  return { mode: 'transaction', why: 'one transaction with its history row' };
}

function assumed(semantics: Exclude<Semantics, 'lockstep'>, s: SectionStatements): { mode: RunMode; why: string } {
  if (semantics === 'transaction') return { mode: 'transaction', why: 'linted as one transaction per file (--execution transaction)' };
  const own = s.parsed.some((p) => transactionBoundary(p) !== undefined);
  return { mode: own ? 'as-written' : 'no-transaction', why: 'linted as autocommit: each statement on its own except in BEGIN … COMMIT (--execution autocommit)' };
}

/**
 * How a tool sends a file's SQL to PostgreSQL, by default and with its no-transaction option (or
 * `-- lockstep:no-transaction`, read as that option; node-pg-migrate's SQL files and drizzle have none of their own):
 * - `transaction`: in a transaction of its own. A BEGIN in the file only warns ("there is already a transaction in
 *   progress"), so the statements before it commit, or roll back, with the file's first block.
 * - `one-query`: the whole file as one query. PostgreSQL runs the statements before a BEGIN in an implicit transaction
 *   block, which that BEGIN turns into its own block
 *   (https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-FLOW-MULTI-STATEMENT).
 * - `statements`: one by one, each committing on its own, as `psql -f` does. Lockstep runs the files of its own
 *   layout so when they hold their own BEGIN (docs/migration-files.md promises progress after every statement outside
 *   a block).
 * test/execution/tool-transactions.test.ts checks both facts on the server.
 * `reopens`: in its transaction, the tool's driver opens a transaction again before the next statement once one is
 * committed (Flyway's JDBC driver, with auto-commit off, sends BEGIN before a statement it sends outside one), so a
 * file cannot COMMIT the tool's transaction to run what follows outside one (see closesItsToolsTransaction). The
 * Go, Rust and Node drivers of the others send each statement as it is.
 */
type Sends = 'transaction' | 'one-query' | 'statements';
const HOW_TOOLS_SEND: Readonly<Record<Tool, { readonly byDefault: Sends; readonly noTransaction: Sends; readonly reopens?: true }>> = {
  lockstep: { byDefault: 'statements', noTransaction: 'statements' },
  goose: { byDefault: 'transaction', noTransaction: 'statements' },
  'sql-migrate': { byDefault: 'transaction', noTransaction: 'statements' },
  'node-pg-migrate': { byDefault: 'transaction', noTransaction: 'statements' },
  drizzle: { byDefault: 'transaction', noTransaction: 'statements' },
  flyway: { byDefault: 'transaction', noTransaction: 'statements', reopens: true },
  dbmate: { byDefault: 'transaction', noTransaction: 'one-query' },
  diesel: { byDefault: 'transaction', noTransaction: 'one-query' },
  'golang-migrate': { byDefault: 'one-query', noTransaction: 'one-query' },
  prisma: { byDefault: 'one-query', noTransaction: 'one-query' },
};

/**
 * For a file whose first transaction statement is a BEGIN with statements before it: how its tool runs those with the
 * BEGIN's block, in words, when it runs them in one transaction with it; else undefined (they run each on its own).
 * A statement PostgreSQL refuses inside a transaction block among them (CREATE INDEX CONCURRENTLY, VACUUM, …) would
 * make its tool fail: Lockstep sends it alone, as it does in every layout, and the statements before the BEGIN with it.
 * So does a BEGIN its file never closes (refused when prepared).
 */
function joinsFirstBlock(file: Pick<MigrationFile, 'directives'> & Partial<Pick<MigrationFile, 'tool'>>, s: SectionStatements, refusals: readonly (string | undefined)[]): string | undefined {
  const how = HOW_TOOLS_SEND[file.tool ?? 'lockstep'];
  const sends = file.directives.noTransaction ? how.noTransaction : how.byDefault;
  if (sends === 'statements') return undefined;
  const boundaries = s.units.map(transactionBoundary);
  const begin = boundaries.findIndex((b) => b !== undefined);
  if (begin <= 0 || boundaries[begin] !== 'begin' || !boundaries.slice(begin + 1).some((b) => b === 'commit' || b === 'rollback')) return undefined;
  if (s.parsed.some((_, i) => (s.unitOf[i] ?? begin) < begin && refusals[i] !== undefined)) return undefined;
  return sends === 'transaction' ? `as ${file.tool} runs them in its transaction` : `as PostgreSQL runs ${file.tool}'s file, sent as one query`;
}

/**
 * A file its tool runs in a transaction of its own (HOW_TOOLS_SEND, by default, and not one whose driver reopens
 * one), whose first transaction statement ends that transaction.
 */
function closesItsToolsTransaction(file: Pick<MigrationFile, 'directives'> & Partial<Pick<MigrationFile, 'tool'>>, s: SectionStatements): boolean {
  const how = file.tool ? HOW_TOOLS_SEND[file.tool] : undefined;
  if (!how || how.byDefault !== 'transaction' || how.reopens || file.directives.noTransaction) return false;
  const first = s.parsed.map(transactionBoundary).find((b) => b !== undefined);
  return first === 'commit' || first === 'rollback';
}

/**
 * Whether an enclosed file ends inside a transaction it opened for its tool to commit (its last transaction statement
 * is a BEGIN): whoever runs it in its tool's place commits that one after the file.
 */
export function leavesItsToolsTransactionOpen(execution: Pick<Execution, 'enclosed'>, statements: readonly ParsedStatement[]): boolean {
  return execution.enclosed && statements.map(transactionBoundary).filter((b) => b !== undefined).at(-1) === 'begin';
}

/** One transaction block of an as-written file, statements `from`..`to` (indexes into the section's statements). */
export interface OwnBlock {
  readonly from: number;
  readonly to: number;
  /** Its first statement is the file's BEGIN; otherwise the tool's transaction is open before it (the first block of a file that `opensFirstBlock`). */
  readonly opensItself: boolean;
  /** Its last statement is the file's COMMIT or ROLLBACK; otherwise whoever runs the file in its tool's place commits it. */
  readonly closesItself: boolean;
}

/**
 * The transaction block of an as-written file that starts at statement k, if one does: at the file's BEGIN, or at its
 * first statement when its tool's transaction is open there (`opensFirstBlock`: an enclosed file, or statements before
 * the first BEGIN that its tool runs with that BEGIN's block, which then runs inside it, only warning). It ends at the
 * COMMIT or ROLLBACK that closes it, or at the file's last statement when the file leaves it open for its tool to
 * commit (see leavesItsToolsTransactionOpen). Every statement outside such a block runs on its own.
 */
export function ownBlockAt(execution: Pick<Execution, 'mode' | 'opensFirstBlock'>, statements: readonly ParsedStatement[], k: number): OwnBlock | undefined {
  const first = statements[k];
  if (execution.mode !== 'as-written' || !first) return undefined;
  const opensItself = transactionBoundary(first) === 'begin';
  if (!opensItself && !(k === 0 && execution.opensFirstBlock)) return undefined;
  for (let j = opensItself ? k + 1 : k; j < statements.length; j++) {
    const b = transactionBoundary(statements[j] as ParsedStatement);
    if (b === 'commit' || b === 'rollback') return { from: k, to: j, opensItself, closesItself: true };
  }
  // Left open: an enclosed file's last block, which its tool commits (an unclosed BEGIN elsewhere is refused when prepared).
  return { from: k, to: statements.length - 1, opensItself, closesItself: false };
}

/**
 * The BEGIN of a block that nothing commits: the file opens it and never closes it, and it is not the block an
 * enclosed file leaves for its tool to commit (whoever runs the file in the tool's place commits that one). `up`
 * refuses such a file before anything runs; `lint` reports it (begin-without-commit). Undefined when none.
 */
export function unclosedBegin(execution: Pick<Execution, 'mode' | 'enclosed'>, statements: readonly ParsedStatement[]): ParsedStatement | undefined {
  if (execution.mode !== 'as-written' || execution.enclosed) return undefined;
  // A first block opened before the file's BEGIN (opensFirstBlock) ends where that BEGIN's block ends: whether a BEGIN
  // is closed is the same without it.
  const own = { mode: execution.mode, opensFirstBlock: false };
  for (let k = 0; k < statements.length; ) {
    const block = ownBlockAt(own, statements, k);
    if (!block) {
      k++;
      continue;
    }
    if (!block.closesItself) return statements[block.from];
    k = block.to + 1;
  }
  return undefined;
}

/**
 * Which statements run in one transaction, walked once from the blocks: the whole file in Lockstep's transaction;
 * an as-written file's own blocks (ownBlockAt); a file linted as its tool's one transaction (`--execution
 * transaction`) holding its own COMMIT … BEGIN, like an enclosed file, in its tool's transaction up to its first
 * COMMIT; every other statement alone, or with the others its query holds.
 */
function transactionsOf(mode: RunMode, opensFirstBlock: boolean, s: SectionStatements): Pick<Execution, 'inTransaction' | 'transaction' | 'sharedQuery'> {
  const shared = sharedUnits(s);
  const n = s.parsed.length;
  const inTransaction = new Array<boolean>(n).fill(false);
  const transaction = new Array<number>(n).fill(0);
  const sharedQuery = new Array<boolean>(n).fill(false);
  const blocks: Pick<Execution, 'mode' | 'opensFirstBlock'> = mode === 'transaction' ? { mode: 'as-written', opensFirstBlock: true } : { mode, opensFirstBlock };
  let tx = 0;
  for (let k = 0; k < n; ) {
    const block = mode === 'no-transaction' ? undefined : ownBlockAt(blocks, s.parsed, k);
    if (block) {
      tx++;
      for (let j = block.from; j <= block.to; j++) {
        inTransaction[j] = true;
        transaction[j] = tx;
      }
      k = block.to + 1;
      continue;
    }
    const unit = s.unitOf[k] ?? -1;
    const continues = k > 0 && shared.has(unit) && s.unitOf[k - 1] === unit && sharedQuery[k - 1] === true;
    if (!continues) tx++;
    transaction[k] = tx;
    inTransaction[k] = sharedQuery[k] = shared.has(unit);
    k++;
  }
  return { inTransaction, transaction, sharedQuery };
}

/**
 * The units that send several statements in one query (a StatementBegin/End block or a drizzle piece holding more
 * than one): PostgreSQL runs such a query as one implicit transaction block, so CONCURRENTLY, VACUUM or a DO block
 * that COMMITs fails in it even outside any BEGIN (https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-FLOW-MULTI-STATEMENT).
 */
function sharedUnits(s: SectionStatements): ReadonlySet<number> {
  const shared = new Set<number>();
  s.unitOf.forEach((unit, i) => {
    if (i > 0 && s.unitOf[i - 1] === unit) shared.add(unit);
  });
  return shared;
}

function timeoutOf(directive: number | undefined, configured: number, directiveName: string, settingName: string): Timeout {
  if (directive !== undefined) return { ms: directive, from: `-- lockstep:${directiveName}` };
  return configured > 0 ? { ms: configured, from: `the ${settingName} setting` } : { ms: 0, from: 'none' };
}

/** Statements that may manage transactions themselves (a procedure or DO block that COMMITs), which a block would refuse. */
const MAY_COMMIT: ReadonlySet<string> = new Set(['CallStmt', 'DoStmt']);

/**
 * A statement of a `no-transaction` migration (or of an `as-written` one, outside the file's own blocks) runs in a
 * transaction of its own together with its progress record when PostgreSQL allows it there: the record then
 * commits exactly when the statement does, so a client killed between the two can never make `up` run it twice.
 * Locking is the same as autocommit (which is one implicit transaction per statement). The rest (CONCURRENTLY
 * builds, VACUUM, a CALL or DO that commits) run alone and are recorded after they end.
 */
export function runsWithItsProgress(stmt: ParsedStatement): boolean {
  return noTransactionReason(stmt) === undefined && transactionBoundary(stmt) === undefined && !MAY_COMMIT.has(stmt.kind);
}
