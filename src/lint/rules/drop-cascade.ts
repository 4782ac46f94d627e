import type { Node } from '../../sql/index.js';
import { bodyOf, dottedName, droppedNames, nodeAs } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * DROP ... CASCADE of objects other than tables, schemas and types (dropping-table, dropping-schema and dropping-type
 * judge those): it also drops every object that depends on the one named, which the statement does not name
 * (https://www.postgresql.org/docs/current/ddl-depend.html). A function takes its triggers with it (writes then run
 * without them) and a generated column that calls it, with its data; an extension its objects' users: an index built
 * with its operator class, a column of its type with the data; an operator class the indexes built with it; a unique
 * index the foreign keys that rely on it. Checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts. An error, as
 * DROP TYPE ... CASCADE is: columns and their data can go. Something this migration created is exempt (not by CREATE
 * OR REPLACE, nor IF NOT EXISTS, which may have found it there).
 */
const KINDS: Readonly<Record<string, string>> = {
  OBJECT_FUNCTION: 'FUNCTION',
  OBJECT_PROCEDURE: 'PROCEDURE',
  OBJECT_ROUTINE: 'ROUTINE',
  OBJECT_AGGREGATE: 'AGGREGATE',
  OBJECT_EXTENSION: 'EXTENSION',
  OBJECT_OPERATOR: 'OPERATOR',
  OBJECT_COLLATION: 'COLLATION',
  OBJECT_TSCONFIGURATION: 'TEXT SEARCH CONFIGURATION',
  OBJECT_TSDICTIONARY: 'TEXT SEARCH DICTIONARY',
  OBJECT_FOREIGN_SERVER: 'SERVER',
  OBJECT_FDW: 'FOREIGN DATA WRAPPER',
  OBJECT_OPCLASS: 'OPERATOR CLASS',
  OBJECT_OPFAMILY: 'OPERATOR FAMILY',
  OBJECT_LANGUAGE: 'LANGUAGE',
  OBJECT_ACCESS_METHOD: 'ACCESS METHOD',
  OBJECT_CAST: 'CAST',
  OBJECT_INDEX: 'INDEX',
};

/** The name of one dropped object: a function's without its arguments; '(…)' for one named by its types (a cast). */
function nameOf(object: Node): string {
  const routine = nodeAs(object, 'ObjectWithArgs');
  return (routine ? dottedName(routine.objname) : droppedNames([object])[0]) || '(…)';
}

const bare = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

/**
 * Created by this migration before `at`: an index, an extension (not IF NOT EXISTS), a function, procedure or aggregate
 * of that name (not CREATE OR REPLACE, which may have replaced an existing one; a qualified and a bare name match).
 */
function createdHere(kind: string, name: string, at: StatementFacts, ctx: RuleContext): boolean {
  if (kind === 'INDEX') return ctx.facts.isNew(name, at);
  if (kind === 'EXTENSION') {
    return ctx.facts.ofKind('CreateExtensionStmt').some((c) => {
      const create = bodyOf(c.stmt, 'CreateExtensionStmt');
      return c.index < at.index && create?.extname === name && create.if_not_exists !== true;
    });
  }
  if (!['FUNCTION', 'PROCEDURE', 'ROUTINE', 'AGGREGATE'].includes(kind)) return false;
  return ctx.facts.ofKind('CreateFunctionStmt').some((c) => {
    const create = bodyOf(c.stmt, 'CreateFunctionStmt');
    return c.index < at.index && create?.replace !== true && bare(dottedName(create?.funcname)) === bare(name);
  });
}

export const dropCascade: Rule = {
  id: 'drop-cascade',
  defaultSeverity: 'error',
  description: 'DROP ... CASCADE of a function, extension or other object also drops everything that depends on it, unnamed',
  docs: 'docs/rules/drop-cascade.md',
  lockHazard: false,
  check: onKind('DropStmt', (drop, s, ctx) => {
    const kind = KINDS[drop.removeType ?? ''];
    if (!kind || drop.behavior !== 'DROP_CASCADE') return undefined;
    return (drop.objects ?? [])
      .map(nameOf)
      .filter((name) => name !== '' && !createdHere(kind, name, s, ctx))
      .map((name): Report => ({
        statement: s,
        message: `DROP ${kind} ${q(name)} CASCADE also drops every object that depends on it — triggers, defaults and generated columns (with their data) that call a function, indexes built with an operator class, columns of an extension's types with their data, foreign keys that rely on a unique index, views — none of which this migration names`,
        help: `Drop what depends on ${q(name)} by name first, then drop it without CASCADE, which fails if anything still depends on it.`,
      }));
  }),
};
