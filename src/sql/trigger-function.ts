/**
 * What a CREATE FUNCTION says about a trigger function: its name, how many parameters it declares, its return type and
 * language, and, for PL/pgSQL, the first line of its body that assigns to NEW (read from libpg-query's PL/pgSQL
 * tree). The lint rules on triggers ask it of the functions a migration creates.
 */
import type { ParsedStatement } from './parser.js';
import { plpgsqlTree } from './embedded-sql.js';
import { dottedName, nodeAs, stringOf, typeInfo, typeLabel } from './ast.js';

export interface CreatedFunction {
  /** As written: "f" or "s.f". */
  readonly name: string;
  readonly parameters: number;
  /** The return type's last name, lower case ("trigger", "void", "int4"); '' when the function declares OUT parameters only. */
  readonly returns: string;
  /** The return type as written for a reader ("integer", "void"). */
  readonly returnsLabel: string;
  readonly language: string;
}

export function createdFunction(stmt: ParsedStatement): CreatedFunction | undefined {
  const fn = nodeAs(stmt.node, 'CreateFunctionStmt');
  if (!fn || fn.is_procedure === true) return undefined;
  const language = (fn.options ?? []).map((o) => nodeAs(o, 'DefElem')).find((d) => d?.defname === 'language');
  const returns = fn.returnType?.names?.map((n) => stringOf(n) ?? '').at(-1) ?? '';
  const parameters = (fn.parameters ?? []).filter((p) => {
    const mode = nodeAs(p, 'FunctionParameter')?.mode;
    return mode !== 'FUNC_PARAM_OUT' && mode !== 'FUNC_PARAM_TABLE';
  }).length;
  const returnsLabel = fn.returnType ? typeLabel(typeInfo(fn.returnType)) : 'a record';
  return { name: dottedName(fn.funcname), parameters, returns: returns.toLowerCase(), returnsLabel, language: (stringOf(language?.arg) ?? '').toLowerCase() };
}

const ASSIGNS_NEW = /^\s*new\s*(\.|:=|=)/i;

/** The line (within the body) of the first statement of a PL/pgSQL function that assigns NEW or one of its fields. */
export function assignsNew(stmt: ParsedStatement): number | undefined {
  if (!/\bnew\b/i.test(stmt.sql)) return undefined;
  let found: number | undefined;
  const walk = (value: unknown): void => {
    if (found !== undefined || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'PLpgSQL_stmt_assign') {
        const o = inner as { lineno?: number; expr?: { PLpgSQL_expr?: { query?: string } } };
        if (ASSIGNS_NEW.test(o.expr?.PLpgSQL_expr?.query ?? '')) {
          found = o.lineno ?? 1;
          return;
        }
      }
      walk(inner);
    }
  };
  walk(plpgsqlTree(stmt));
  return found;
}
