/**
 * Statements PostgreSQL refuses inside a transaction block
 * (https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY,
 * https://www.postgresql.org/docs/current/sql-vacuum.html, sql-altersystem.html, sql-createdatabase.html,
 * sql-reindex.html, sql-altertable.html#SQL-ALTERTABLE-DETACH-PARTITION, plpgsql-transactions.html).
 */
import { doBlockCalls, doBlockEndsTransactions } from './embedded-sql.js';
import type { ParsedStatement } from './parser.js';

type Obj = Record<string, unknown>;

function body(stmt: ParsedStatement): Obj {
  return ((stmt.node as Obj)[stmt.kind] ?? {}) as Obj;
}

/**
 * Whether an option list turns `name` on: `(CONCURRENTLY)`, `(CONCURRENTLY true)`, `(CONCURRENTLY 1)`; not
 * `(CONCURRENTLY false)`, `off` or `0`, which PostgreSQL reads as the option left off (checked on the server:
 * `REINDEX (CONCURRENTLY false) INDEX i` runs inside a transaction block).
 */
function optionOn(list: unknown, name: string): boolean {
  if (!Array.isArray(list)) return false;
  return list.some((d) => {
    const def = (d as Obj).DefElem as Obj | undefined;
    if (def?.defname !== name) return false;
    const arg = def.arg as Obj | undefined;
    if (arg === undefined) return true;
    const text = (arg.String as Obj | undefined)?.sval ?? (arg.Boolean as Obj | undefined)?.boolval;
    if (arg.Integer !== undefined) return Number((arg.Integer as Obj).ival ?? 0) !== 0;
    return !['false', 'off', 'no', '0'].includes(String(text ?? 'true').toLowerCase());
  });
}

const REINDEX_MANY: Readonly<Record<string, string>> = {
  REINDEX_OBJECT_SCHEMA: 'REINDEX SCHEMA',
  REINDEX_OBJECT_SYSTEM: 'REINDEX SYSTEM',
  REINDEX_OBJECT_DATABASE: 'REINDEX DATABASE',
};

/** The unqualified name of the procedure a CALL calls. */
function calledName(b: Obj): string | undefined {
  const names = (b.funccall as Obj | undefined)?.funcname;
  const last = Array.isArray(names) ? (names.at(-1) as Obj | undefined) : undefined;
  return ((last?.String as Obj | undefined)?.sval as string | undefined) ?? undefined;
}

/**
 * Whether a procedure, by unqualified name, COMMITs or ROLLs BACK where the statement runs (see
 * src/execution/procedures.ts): undefined when it does not (or is not known), else where it comes from in words ('' for
 * the statement's own migration), which the reason repeats.
 */
export type CommitsCheck = (name: string) => string | undefined;

const NOTHING_COMMITS: CommitsCheck = () => undefined;

const committing = (name: string, where: string): string => `${name}(), a procedure that COMMITs or ROLLs BACK${where ? ` (${where})` : ''}`;

/**
 * Why this statement cannot run inside BEGIN/COMMIT, or undefined if it can. `commits`: which procedures COMMIT or ROLL
 * BACK where the statement runs (created by the statements before it, in its migration or an earlier one, or on the
 * database): a CALL of one fails in a transaction block, SQLSTATE 2D000
 * (https://www.postgresql.org/docs/current/sql-call.html), and so does a DO block that CALLs one
 * (plpgsql-transactions.html). Only a CALL and a DO block ask it.
 */
export function noTransactionReason(stmt: ParsedStatement, commits: CommitsCheck = NOTHING_COMMITS): string | undefined {
  const b = body(stmt);
  switch (stmt.kind) {
    case 'CallStmt': {
      const name = calledName(b);
      const where = name !== undefined ? commits(name) : undefined;
      return name !== undefined && where !== undefined ? `CALL ${committing(name, where)}` : undefined;
    }
    case 'IndexStmt':
      return b.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
    case 'DropStmt':
      return b.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
    case 'ReindexStmt':
      if (optionOn(b.params, 'concurrently')) return 'REINDEX CONCURRENTLY';
      // REINDEX SCHEMA, SYSTEM and DATABASE commit once per table (sql-reindex.html, Notes).
      return REINDEX_MANY[String(b.kind)];
    case 'VacuumStmt':
      return b.is_vacuumcmd ? 'VACUUM' : undefined;
    case 'AlterSystemStmt':
      return 'ALTER SYSTEM';
    case 'CreatedbStmt':
      return 'CREATE DATABASE';
    case 'DropdbStmt':
      return 'DROP DATABASE';
    case 'CreateTableSpaceStmt':
      return 'CREATE TABLESPACE';
    case 'DropTableSpaceStmt':
      return 'DROP TABLESPACE';
    case 'DoStmt': {
      if (doBlockEndsTransactions(stmt)) return 'a DO block that COMMITs or ROLLs BACK';
      const called = doBlockCalls(stmt).find((name) => commits(name) !== undefined);
      return called !== undefined ? `a DO block that CALLs ${committing(called, commits(called) ?? '')}` : undefined;
    }
    case 'DiscardStmt':
      // DISCARD ALL (https://www.postgresql.org/docs/current/sql-discard.html); DISCARD PLANS, SEQUENCES, TEMP may.
      return b.target === 'DISCARD_ALL' ? 'DISCARD ALL' : undefined;
    case 'ClusterStmt':
      return b.relation ? undefined : 'CLUSTER (all tables)';
    case 'AlterTableStmt': {
      const cmds = Array.isArray(b.cmds) ? b.cmds : [];
      const detachConcurrently = cmds.some((c) => {
        const cmd = (c as Obj).AlterTableCmd as Obj | undefined;
        const def = (cmd?.def as Obj | undefined)?.PartitionCmd as Obj | undefined;
        return cmd?.subtype === 'AT_DetachPartition' && def?.concurrent === true;
      });
      return detachConcurrently ? 'DETACH PARTITION CONCURRENTLY' : undefined;
    }
    default:
      return undefined;
  }
}

/** True for explicit transaction control written into a migration (BEGIN, COMMIT, ROLLBACK, ...). */
export function isTransactionControl(stmt: ParsedStatement): boolean {
  return stmt.kind === 'TransactionStmt';
}

/**
 * What a transaction-control statement does to the session's transaction block: BEGIN / START TRANSACTION open one;
 * COMMIT / END and ROLLBACK / ABORT close it. SAVEPOINT, RELEASE and ROLLBACK TO work inside a block without ending
 * it, so they are not a file managing its own transactions (https://www.postgresql.org/docs/current/sql-begin.html).
 */
export function transactionBoundary(stmt: ParsedStatement): 'begin' | 'commit' | 'rollback' | undefined {
  if (stmt.kind !== 'TransactionStmt') return undefined;
  switch (body(stmt).kind) {
    case 'TRANS_STMT_BEGIN':
    case 'TRANS_STMT_START':
      return 'begin';
    case 'TRANS_STMT_COMMIT':
      return 'commit';
    case 'TRANS_STMT_ROLLBACK':
      return 'rollback';
    default:
      return undefined;
  }
}
