/**
 * Facts computed once per migration for every rule: transaction state, timeouts and the session TimeZone before
 * each statement, the objects the migration creates, the target version and table sizes.
 */
import { unclosedBegin, type Execution } from '../execution/index.js';
import { embeddedSql, type EmbeddedSql, type ParsedStatement } from '../sql/index.js';
import { alterCommands, bodyOf, functionCalls, nodeAs, relationName, stringConst, intConst, type RangeVar } from '../sql/index.js';
import { declaredColumns } from './analysis/declared-columns.js';
import { bareName, byName, createdNames, renamedRelation, sameName } from '../locks/index.js';
import { majorVersion, statementLocks } from '../locks/index.js';
import type { Embedded, EmbeddedDynamic, LintOptions, MigrationFacts, StatementFacts, TableSize } from './types.js';
import { DEFAULT_PG_VERSION } from './types.js';

export interface FactsInput {
  readonly file: string;
  readonly statements: readonly ParsedStatement[];
  /**
   * How the statements run, as `lockstep up` runs them (src/execution, the one home of this answer): the mode, and
   * per statement whether it is in a transaction block, which transaction, and whether only its query's implicit one.
   */
  readonly execution: Pick<Execution, 'mode' | 'enclosed' | 'inTransaction' | 'transaction' | 'sharedQuery' | 'refusals'>;
  /** A lock_timeout / statement_timeout directive, or the runner, sets the timeout before the first statement. */
  readonly lockTimeoutPreset: boolean;
  readonly statementTimeoutPreset: boolean;
  readonly options: LintOptions;
  /** The section's SQL (statement offsets index into it), to read the SQL inside DO blocks and function bodies. */
  readonly sql?: string | undefined;
  readonly startLine?: number | undefined;
}

type Timeout = 'lock_timeout' | 'statement_timeout';

/** The effect of SET / RESET / set_config on a timeout: 'set', 'unset', or undefined when untouched. */
function timeoutChange(stmt: ParsedStatement, name: Timeout): { value: 'set' | 'unset'; local: boolean } | undefined {
  const set = bodyOf(stmt, 'VariableSetStmt');
  if (set) {
    if (set.kind === 'VAR_RESET_ALL') return { value: 'unset', local: false };
    if (set.name !== name) return undefined;
    if (set.kind !== 'VAR_SET_VALUE') return { value: 'unset', local: set.is_local === true };
    const arg = set.args?.[0];
    const zero = intConst(arg) === 0 || stringConst(arg) === '0';
    return { value: zero ? 'unset' : 'set', local: set.is_local === true };
  }
  // SELECT set_config('lock_timeout', '5s', is_local)
  const select = bodyOf(stmt, 'SelectStmt');
  for (const target of select?.targetList ?? []) {
    const call = nodeAs(nodeAs(target, 'ResTarget')?.val, 'FuncCall');
    const fname = call?.funcname?.map((n) => nodeAs(n, 'String')?.sval).pop();
    if (fname !== 'set_config' || stringConst(call?.args?.[0]) !== name) continue;
    const value = stringConst(call?.args?.[1]);
    const local = nodeAs(call?.args?.[2], 'A_Const')?.boolval?.boolval === true;
    return { value: value === undefined || value === '0' ? 'unset' : 'set', local };
  }
  return undefined;
}

interface TimeoutState {
  session: boolean;
  local: boolean;
}

function applyTimeout(state: TimeoutState, stmt: ParsedStatement, name: Timeout, inTx: boolean): void {
  const change = timeoutChange(stmt, name);
  if (!change) return;
  // SET LOCAL outside a transaction block has no effect (PostgreSQL only warns).
  if (change.local) state.local = inTx && change.value === 'set';
  else {
    state.session = change.value === 'set';
    state.local = false;
  }
}

/** The session's default TimeZone (what RESET and SET ... DEFAULT go back to). */
const DEFAULT_ZONE = Symbol('default');
/** A value the linter cannot read (an expression): the zone in force becomes unknown. */
type ZoneValue = string | undefined | typeof DEFAULT_ZONE;

/** SET TimeZone's value as PostgreSQL receives it: 'UTC', 0 → "0", INTERVAL '+00:00' HOUR TO MINUTE → "+00:00". */
function zoneValue(arg: unknown): string | undefined {
  const c = nodeAs(arg as never, 'A_Const');
  if (c?.sval) return c.sval.sval;
  if (c?.ival) return String(c.ival.ival ?? 0);
  if (c?.fval) return c.fval.fval;
  const cast = nodeAs(arg as never, 'TypeCast');
  const text = stringConst(cast?.arg);
  if (cast && text !== undefined && cast.typeName?.names?.map((n) => nodeAs(n, 'String')?.sval).pop() === 'interval') {
    // Only an all-zero interval is known to mean UTC; any other is a non-UTC zone.
    return /^[+-]?[0:.\s]+$/.test(text) ? '0' : `INTERVAL '${text}'`;
  }
  return undefined;
}

/** The effect of SET [LOCAL] TimeZone / SET TIME ZONE / RESET / set_config('TimeZone', ...) on the session's zone. */
function timeZoneChange(stmt: ParsedStatement): { value: ZoneValue; local: boolean } | undefined {
  const set = bodyOf(stmt, 'VariableSetStmt');
  if (set) {
    if (set.kind === 'VAR_RESET_ALL') return { value: DEFAULT_ZONE, local: false };
    if (set.name?.toLowerCase() !== 'timezone') return undefined;
    const local = set.is_local === true;
    if (set.kind === 'VAR_SET_VALUE') return { value: zoneValue(set.args?.[0]), local };
    if (set.kind === 'VAR_SET_DEFAULT' || set.kind === 'VAR_RESET') return { value: DEFAULT_ZONE, local };
    return undefined;
  }
  const select = bodyOf(stmt, 'SelectStmt');
  for (const target of select?.targetList ?? []) {
    const call = nodeAs(nodeAs(target, 'ResTarget')?.val, 'FuncCall');
    const fname = call?.funcname?.map((n) => nodeAs(n, 'String')?.sval).pop();
    if (fname !== 'set_config' || stringConst(call?.args?.[0])?.toLowerCase() !== 'timezone') continue;
    const local = nodeAs(call?.args?.[2], 'A_Const')?.boolval?.boolval === true;
    return { value: stringConst(call?.args?.[1]), local };
  }
  return undefined;
}

/**
 * The TimeZone in force, statement by statement. It starts as the server's (LintOptions.serverTimeZone, unknown
 * without a database); SET LOCAL lasts until the transaction ends, and ROLLBACK undoes a SET made in the
 * transaction, as in PostgreSQL.
 */
class ZoneTracker {
  private session: string | undefined;
  /** A SET LOCAL in force (null: none). */
  private local: string | undefined | null = null;
  /** The session value when the transaction began, for ROLLBACK. */
  private atBegin: string | undefined;

  constructor(private readonly serverZone: string | undefined) {
    this.session = serverZone;
    this.atBegin = serverZone;
  }

  get current(): string | undefined {
    return this.local === null ? this.session : this.local;
  }

  begin(): void {
    this.atBegin = this.session;
  }

  end(stmt: ParsedStatement): void {
    if (bodyOf(stmt, 'TransactionStmt')?.kind === 'TRANS_STMT_ROLLBACK') this.session = this.atBegin;
    this.local = null;
  }

  apply(stmt: ParsedStatement, inTx: boolean): void {
    const change = timeZoneChange(stmt);
    if (!change) return;
    const value = change.value === DEFAULT_ZONE ? this.serverZone : change.value;
    // SET LOCAL outside a transaction block has no effect (PostgreSQL only warns).
    if (change.local) {
      if (inTx) this.local = value;
    } else {
      this.session = value;
      this.local = null;
    }
  }
}

/** Statement facts with the session TimeZone in force before the statement (undefined: not known). */
interface StatementFactsWithZone extends StatementFacts {
  readonly timeZone: string | undefined;
}

/** The TimeZone in force when the statement runs, when known: a SET in the migration, else the server's. */
export function timeZoneAt(s: StatementFacts): string | undefined {
  return (s as Partial<StatementFactsWithZone>).timeZone;
}

/**
 * What several rules ask of a statement, derived once here in the engine's pass rather than by each rule: its kind,
 * the relation it names as its own, an ALTER TABLE's subcommands and the columns it declares.
 */
function sharedFacts(stmt: ParsedStatement): Pick<StatementFacts, 'kind' | 'relation' | 'commands' | 'columns'> {
  const kind = stmt.kind;
  const body = (stmt.node as Record<string, { relation?: RangeVar } | undefined>)[kind];
  const declares = kind === 'CreateStmt' || kind === 'AlterTableStmt';
  return {
    kind,
    relation: relationName(body?.relation),
    commands: kind === 'AlterTableStmt' ? alterCommands(bodyOf(stmt, 'AlterTableStmt')) : NO_COMMANDS,
    columns: declares ? declaredColumns(stmt) : NO_COLUMNS,
  };
}

const NO_COMMANDS: StatementFacts['commands'] = [];
const NO_COLUMNS: StatementFacts['columns'] = [];

/** A function or procedure created by the migration, whose body runs only where it is called. */
interface PendingFunction {
  readonly source: number;
  /** The CREATE FUNCTION statement's facts. */
  readonly own: StatementFacts;
  readonly sql: EmbeddedSql;
}

/** Names of the functions and procedures a statement calls (SELECT f(), CALL p(), PERFORM f() in a DO block). */
function calledNames(stmt: ParsedStatement, out: Set<string>): void {
  for (const call of functionCalls(stmt.node)) {
    const name = call.name.at(-1);
    if (name) out.add(name);
  }
}

/**
 * Every statement the migration runs, in the order they run: its own, then right after a `DO` block the SQL inside
 * it (one statement to PostgreSQL, so in one transaction), and after the first statement that calls a function or
 * procedure the migration creates, that body's SQL. Bodies of functions the migration never calls come last, each
 * in a transaction of its own: they run later, when something calls them.
 */
function statementFacts(input: FactsInput): { statements: StatementFacts[]; dynamic: EmbeddedDynamic[] } {
  const pgVersion = input.options.pgVersion ?? DEFAULT_PG_VERSION;
  const columnTypes = input.options.columnTypes;
  const lock: TimeoutState = { session: input.lockTimeoutPreset, local: false };
  const stmtT: TimeoutState = { session: input.statementTimeoutPreset, local: false };
  const zone = new ZoneTracker(input.options.serverTimeZone);
  const section = input.sql === undefined ? undefined : { sql: input.sql, path: input.file, startLine: input.startLine ?? 1 };
  const runs = input.execution;
  /** The transaction the statement being walked runs in (and the SQL inside it, or a function body it calls). */
  let now = { transaction: 0, inTransaction: false, sharedQuery: false };
  const out: StatementFactsWithZone[] = [];
  const dynamic: EmbeddedDynamic[] = [];
  const pending = new Map<string, PendingFunction>();
  const push = (stmt: ParsedStatement, source: number, embedded?: Embedded): StatementFacts => {
    const timeZone = zone.current;
    const shared = sharedFacts(stmt);
    const facts: StatementFactsWithZone = {
      index: out.length,
      source,
      stmt,
      kind: shared.kind,
      relation: shared.relation,
      commands: shared.commands,
      columns: shared.columns,
      locks: statementLocks(stmt, { pgVersion, columnTypes, timeZone }),
      inTransaction: embedded ? true : now.inTransaction,
      ...(!embedded && now.sharedQuery ? { sharedQuery: true as const } : {}),
      transaction: now.transaction,
      lockTimeout: embedded?.runsNow === false ? false : lock.session || lock.local,
      statementTimeout: embedded?.runsNow === false ? false : stmtT.session || stmtT.local,
      timeZone,
      ...(embedded ? { embedded } : {}),
    };
    out.push(facts);
    return facts;
  };
  /** `owner`: the DO or CREATE FUNCTION statement, where its dynamic SQL is reported. */
  const runBody = (owner: StatementFacts, sql: EmbeddedSql, source: number, runsNow: boolean): void => {
    const embedded: Embedded = { block: sql.block, name: sql.name, runsNow };
    const looped: Embedded = { ...embedded, inLoop: true };
    sql.statements.forEach((nested, i) => push(nested, source, sql.looped[i] ? looped : embedded));
    if (sql.dynamic.length) dynamic.push({ statement: owner, embedded, dynamic: sql.dynamic });
  };
  const callsFrom = (stmt: ParsedStatement): void => {
    if (pending.size === 0) return;
    const names = new Set<string>();
    calledNames(stmt, names);
    for (const name of names) {
      const fn = pending.get(name);
      if (!fn) continue;
      pending.delete(name);
      runBody(fn.own, fn.sql, fn.source, true);
    }
  };
  input.statements.forEach((stmt, source) => {
    const transaction = runs.transaction[source] ?? 0;
    now = { transaction, inTransaction: runs.inTransaction[source] === true, sharedQuery: runs.sharedQuery[source] === true };
    const inTx = now.inTransaction;
    if (inTx && runs.transaction[source - 1] !== transaction) zone.begin();
    const own = push(stmt, source);
    const sql = section && (stmt.kind === 'DoStmt' || stmt.kind === 'CreateFunctionStmt') ? embeddedSql(stmt, section) : undefined;
    if (sql?.block === 'do') {
      runBody(own, sql, source, true);
      for (const nested of sql.statements) callsFrom(nested);
    } else if (sql?.name) pending.set(bareName(sql.name), { source, own, sql });
    callsFrom(stmt);
    applyTimeout(lock, stmt, 'lock_timeout', inTx);
    applyTimeout(stmtT, stmt, 'statement_timeout', inTx);
    zone.apply(stmt, inTx);
    // The transaction ends with its last statement: SET LOCAL ends with it, and a ROLLBACK undoes its SETs.
    if (inTx && runs.transaction[source + 1] !== transaction) {
      lock.local = false;
      stmtT.local = false;
      zone.end(stmt);
    }
  });
  // Transactions are numbered in order: the last statement's is the highest.
  let tx = runs.transaction.at(-1) ?? 0;
  for (const fn of pending.values()) {
    now = { transaction: ++tx, inTransaction: true, sharedQuery: false };
    runBody(fn.own, fn.sql, fn.source, false);
  }
  return { statements: out, dynamic };
}

const NONE: readonly StatementFacts[] = [];

interface Created {
  readonly name: string;
  /** The first statement that creates it. */
  readonly index: number;
}

/** What the migration creates, by bare name (the new-object exemption is asked about every finding). */
function createdByBareName(statements: readonly StatementFacts[]): ReadonlyMap<string, readonly Created[]> {
  const seen = new Set<string>();
  const out = new Map<string, Created[]>();
  const add = (name: string, index: number): void => {
    if (!name || seen.has(name)) return;
    seen.add(name);
    const list = out.get(bareName(name));
    if (list) list.push({ name, index });
    else out.set(bareName(name), [{ name, index }]);
  };
  for (const s of statements) {
    for (const name of createdNames(s.stmt)) add(name, s.index);
    if (s.stmt.kind !== 'RenameStmt') continue;
    const r = renamedRelation(s.stmt);
    if (r && (out.get(bareName(r.from)) ?? []).some((c) => c.index < s.index && sameName(c.name, r.from))) add(r.to, s.index);
  }
  return out;
}

/** Statements grouped by AST kind, in order. */
function byKind(statements: readonly StatementFacts[]): ReadonlyMap<string, readonly StatementFacts[]> {
  const out = new Map<string, StatementFacts[]>();
  for (const s of statements) {
    const list = out.get(s.stmt.kind);
    if (list) list.push(s);
    else out.set(s.stmt.kind, [s]);
  }
  return out;
}

/** The facts of one of the migration's own statements (not SQL inside a DO block or function body). */
function unclosedAt(statements: readonly StatementFacts[], stmt: ParsedStatement | undefined): StatementFacts | undefined {
  return stmt && statements.find((s) => s.stmt === stmt && !s.embedded);
}

export function computeFacts(input: FactsInput): MigrationFacts {
  const { statements, dynamic } = statementFacts(input);
  const created = createdByBareName(statements);
  const kinds = byKind(statements);
  const pgVersion = input.options.pgVersion ?? DEFAULT_PG_VERSION;
  const sizes = input.options.tableSizes;
  return {
    file: input.file,
    statements,
    dynamic,
    transactional: input.execution.mode === 'transaction',
    enclosed: input.execution.enclosed,
    refusals: input.execution.refusals,
    unclosedBegin: unclosedAt(statements, unclosedBegin(input.execution, input.statements)),
    pgMajor: majorVersion(pgVersion),
    pgMinor: pgVersion >= 1000 ? pgVersion % 100 : undefined,
    pgVersionKnown: input.options.pgVersion !== undefined,
    sizesKnown: sizes !== undefined,
    columnTypes: input.options.columnTypes,
    ofKind: (kind) => kinds.get(kind) ?? NONE,
    isNew(name, at) {
      // sameName() only matches equal bare names, so only that bucket needs a look.
      return (created.get(bareName(name)) ?? []).some((c) => c.index < at.index && sameName(c.name, name));
    },
    sizeOf(relation): TableSize | undefined {
      return sizes ? byName(sizes, relation) : undefined;
    },
  };
}
