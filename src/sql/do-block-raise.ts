/**
 * Whether a `DO` block written in PL/pgSQL always raises an error: a `RAISE` at level `EXCEPTION` among the statements
 * its body runs unconditionally, before any `RETURN`, with no exception handler around it. Read with libpg-query's
 * PL/pgSQL parser. https://www.postgresql.org/docs/current/plpgsql-errors-and-messages.html
 */
import { blockOf, plpgsqlTree } from './embedded-sql.js';
import type { ParsedStatement } from './parser.js';

type Obj = Record<string, unknown>;

/** elog.h's ERROR: the level of RAISE EXCEPTION (and of RAISE with no level). */
const ERROR_LEVEL = 21;

export interface AlwaysRaises {
  /** The RAISE's message, when it has a constant one. */
  readonly message: string | undefined;
}

/** Whether a PL/pgSQL subtree holds a RETURN or an EXIT anywhere. */
function leavesEarly(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(leavesEarly);
  if (node === null || typeof node !== 'object') return false;
  return Object.entries(node as Obj).some(([key, value]) => key === 'PLpgSQL_stmt_return' || key === 'PLpgSQL_stmt_exit' || leavesEarly(value));
}

/**
 * Walks one block's statements in order: a RAISE at ERROR level ends it with a failure; a nested block without
 * handlers is walked in turn; anything that may leave the block early (RETURN, EXIT) or that holds handlers ends the
 * walk with no verdict. IF, loops and the like run their bodies only under conditions, so they are stepped over.
 */
function raisesIn(block: Obj | undefined): AlwaysRaises | undefined | 'stop' {
  if (!block || block.exceptions !== undefined) return 'stop';
  for (const item of (block.body as Obj[] | undefined) ?? []) {
    const raise = item.PLpgSQL_stmt_raise as Obj | undefined;
    if (raise && raise.elog_level === ERROR_LEVEL) return { message: raise.message as string | undefined };
    if (item.PLpgSQL_stmt_block) {
      const inner = raisesIn(item.PLpgSQL_stmt_block as Obj);
      if (inner !== undefined) return inner;
      continue;
    }
    if (item.PLpgSQL_stmt_return || item.PLpgSQL_stmt_exit) return 'stop';
    // A statement whose body may hold RETURN or EXIT (IF, LOOP, CASE...) could leave before a later RAISE.
    if (leavesEarly(item)) return 'stop';
  }
  return undefined;
}

export function doBlockAlwaysRaises(stmt: ParsedStatement): AlwaysRaises | undefined {
  const block = blockOf(stmt);
  if (block?.block !== 'do' || block.language !== 'plpgsql') return undefined;
  const tree = plpgsqlTree(stmt) as Obj | undefined;
  if (!tree) return undefined;
  const fn = ((tree.plpgsql_funcs as Obj[] | undefined)?.[0]?.PLpgSQL_function as Obj | undefined) ?? undefined;
  const found = raisesIn((fn?.action as Obj | undefined)?.PLpgSQL_stmt_block as Obj | undefined);
  return found === 'stop' ? undefined : found;
}
