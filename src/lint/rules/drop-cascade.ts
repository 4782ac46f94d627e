import type { Node } from '../../sql/index.js';
import { bodyOf, dottedName, droppedNames, nodeAs } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * DROP ... CASCADE of objects other than tables, schemas and types (dropping-table, dropping-schema and dropping-type
 * judge those): it also drops every object that depends on the one named, which the statement does not name
 * (https://www.postgresql.org/docs/current/ddl-depend.html). A function takes its triggers with it (writes then run
 * without them), an extension its objects' users: an index built with its operator class, a column of its type with
 * the data. Checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts. Something this migration created is exempt.
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
};

/** The name of one dropped object: a function's without its arguments. */
function nameOf(object: Node): string {
  const routine = nodeAs(object, 'ObjectWithArgs');
  return routine ? dottedName(routine.objname) : (droppedNames([object])[0] ?? '');
}

/** Created by this migration before `at`: a function or procedure of that name, an extension (not IF NOT EXISTS). */
function createdHere(kind: string, name: string, at: StatementFacts, ctx: RuleContext): boolean {
  if (kind === 'EXTENSION') {
    return ctx.facts.ofKind('CreateExtensionStmt').some((c) => {
      const create = bodyOf(c.stmt, 'CreateExtensionStmt');
      return c.index < at.index && create?.extname === name && create.if_not_exists !== true;
    });
  }
  return ctx.facts.ofKind('CreateFunctionStmt').some((c) => c.index < at.index && dottedName(bodyOf(c.stmt, 'CreateFunctionStmt')?.funcname) === name);
}

export const dropCascade: Rule = {
  id: 'drop-cascade',
  defaultSeverity: 'warning',
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
        message: `DROP ${kind} ${q(name)} CASCADE also drops every object that depends on it — triggers and defaults that call a function, indexes built with an extension's operator classes, columns of an extension's types with their data, views — none of which this migration names`,
        help: `Drop what depends on ${q(name)} by name first, then drop it without CASCADE, which fails if anything still depends on it.`,
      }));
  }),
};
