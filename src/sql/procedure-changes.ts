/**
 * What a statement changes among the procedures that COMMIT or ROLL BACK, by unqualified name: a CALL of one fails
 * inside a transaction block (SQLSTATE 2D000, https://www.postgresql.org/docs/current/sql-call.html), so how a later
 * migration that CALLs it runs depends on the statements before it, in its own file and in the earlier ones.
 */
import { nameList } from './ast.js';
import { committingProcedure } from './embedded-sql.js';
import type { Node, ParsedStatement } from './parser.js';

type Obj = Record<string, unknown>;

/**
 * `commits`: a CREATE [OR REPLACE] PROCEDURE (true when its PL/pgSQL body COMMITs or ROLLs BACK: a replacement without
 * one no longer does); `dropped`: DROP PROCEDURE or DROP ROUTINE; `renamed`: ALTER PROCEDURE … RENAME TO, which moves
 * what is known of `name` to `to`.
 */
export type ProcedureChange =
  | { readonly kind: 'commits'; readonly name: string; readonly commits: boolean }
  | { readonly kind: 'dropped'; readonly name: string }
  | { readonly kind: 'renamed'; readonly name: string; readonly to: string };

const ROUTINES: ReadonlySet<unknown> = new Set(['OBJECT_PROCEDURE', 'OBJECT_ROUTINE']);
const NONE: readonly ProcedureChange[] = [];

/** The unqualified name of an ObjectWithArgs node. */
function objectName(node: unknown): string | undefined {
  return nameList(((node as Obj | undefined)?.ObjectWithArgs as { objname?: Node[] } | undefined)?.objname).at(-1);
}

/** The changes a statement makes; empty for a statement that names no procedure (most, found by kind alone). */
export function procedureChanges(stmt: ParsedStatement): readonly ProcedureChange[] {
  switch (stmt.kind) {
    case 'CreateFunctionStmt': {
      const b = (stmt.node as Obj).CreateFunctionStmt as Obj;
      if (b.is_procedure !== true) return NONE;
      const name = nameList(b.funcname as Node[] | undefined).at(-1);
      return name === undefined ? NONE : [{ kind: 'commits', name, commits: committingProcedure(stmt) !== undefined }];
    }
    case 'DropStmt': {
      const b = (stmt.node as Obj).DropStmt as Obj;
      if (!ROUTINES.has(b.removeType) || !Array.isArray(b.objects)) return NONE;
      return b.objects.flatMap((o): ProcedureChange[] => {
        const name = objectName(o);
        return name === undefined ? [] : [{ kind: 'dropped', name }];
      });
    }
    case 'RenameStmt': {
      const b = (stmt.node as Obj).RenameStmt as Obj;
      const name = ROUTINES.has(b.renameType) ? objectName(b.object) : undefined;
      return name === undefined || typeof b.newname !== 'string' ? NONE : [{ kind: 'renamed', name, to: b.newname }];
    }
    default:
      return NONE;
  }
}
