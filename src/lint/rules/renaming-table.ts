import { bodyOf, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onKinds, q } from '../rule-kit.js';
import type { Rule, RuleContext, StatementFacts } from '../types.js';
import { quoteIdent, quoteQualified } from '../quote-ident.js';

const RELATIONS = ['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE', 'OBJECT_SEQUENCE'];

/**
 * A view created under the old name later in the migration, as this rule's help advises: in the same transaction, from
 * the moment the rename commits, code that names the old name reads (and, through a simple view, writes) the renamed
 * table; in a later one, that code fails only in between (info). A new table or sequence under the old name would not
 * do: it starts empty, or from its first value.
 */
function oldNameKept(old: string, s: StatementFacts, ctx: RuleContext): 'same transaction' | 'later' | undefined {
  const view = ctx.facts.ofKind('ViewStmt').find((x) => x.index > s.index && !x.embedded && sameName(relationName(bodyOf(x.stmt, 'ViewStmt')?.view) ?? '', old));
  if (!view) return undefined;
  return s.inTransaction && view.transaction === s.transaction ? 'same transaction' : 'later';
}

interface Swap {
  readonly at: StatementFacts;
  readonly incoming: string;
  /** The incoming table was made by CREATE TABLE … AS here: it has none of the old table's keys, defaults, identity or indexes. */
  readonly copiedBare: boolean;
}

/**
 * A table swap (pg-osc, pg_repack, GitLab's swap helpers): a later rename in this migration gives the old name to
 * another relation that holds the rows — one that existed before the migration (a shadow kept in sync by triggers), or
 * one created here with its rows (CREATE TABLE … AS, a materialized view with data) or filled here (INSERT, COPY). Code
 * that names the old name then reads the incoming table, but what refers to the old table by its oid stays with it.
 * A table created here and never filled is no swap: the running code would find no rows.
 */
function swappedIn(old: string, s: StatementFacts, ctx: RuleContext): Swap | undefined {
  for (const x of ctx.facts.ofKind('RenameStmt')) {
    const rename = bodyOf(x.stmt, 'RenameStmt');
    if (x.index <= s.index || x.embedded || !rename?.newname || !RELATIONS.includes(rename.renameType ?? '')) continue;
    const schema = rename.relation?.schemaname;
    if (!sameName(schema ? `${schema}.${rename.newname}` : rename.newname, old)) continue;
    const incoming = relationName(rename.relation) ?? '';
    const created = createdWithRows(incoming, x, ctx);
    if (rename.renameType === 'OBJECT_VIEW' || !ctx.facts.isNew(incoming, x) || created || filledBefore(incoming, x, ctx)) return { at: x, incoming, copiedBare: created === 'table' };
  }
  return undefined;
}

const before = (x: StatementFacts, at: StatementFacts): boolean => x.index < at.index && !x.embedded;

/** How this migration created `name` with its rows before `at`: CREATE TABLE … AS, or a materialized view with data. */
function createdWithRows(name: string, at: StatementFacts, ctx: RuleContext): 'table' | 'matview' | undefined {
  for (const x of ctx.facts.ofKind('CreateTableAsStmt')) {
    const ctas = bodyOf(x.stmt, 'CreateTableAsStmt');
    if (before(x, at) && ctas?.into?.skipData !== true && sameName(relationName(ctas?.into?.rel) ?? '', name)) return ctas?.objtype === 'OBJECT_TABLE' ? 'table' : 'matview';
  }
  return undefined;
}

/** Rows written into `name` by this migration before `at` (INSERT, COPY FROM). */
function filledBefore(name: string, at: StatementFacts, ctx: RuleContext): boolean {
  const inserted = ctx.facts.ofKind('InsertStmt').some((x) => before(x, at) && sameName(relationName(bodyOf(x.stmt, 'InsertStmt')?.relation) ?? '', name));
  return inserted || ctx.facts.ofKind('CopyStmt').some((x) => before(x, at) && bodyOf(x.stmt, 'CopyStmt')?.is_from === true && sameName(relationName(bodyOf(x.stmt, 'CopyStmt')?.relation) ?? '', name));
}

/**
 * Renaming a table is instant (ACCESS EXCLUSIVE, catalog only) but every running query using the old name fails; so does
 * code calling nextval('old_name') after a sequence is renamed (column defaults follow the rename, they hold its oid).
 */

export const renamingTable: Rule = {
  id: 'renaming-table',
  defaultSeverity: 'warning',
  description: 'renaming a table, view, materialized view or sequence (or moving it to another schema) breaks code that still uses the old name',
  docs: 'docs/rules/renaming-table.md',
  lockHazard: false,
  check: onKinds(['RenameStmt', 'AlterObjectSchemaStmt'], (s, ctx) => {
    const rename = bodyOf(s.stmt, 'RenameStmt');
    const move = bodyOf(s.stmt, 'AlterObjectSchemaStmt');
    const kind = rename?.renameType ?? move?.objectType ?? '';
    if (!RELATIONS.includes(kind)) return undefined;
    const table = relationName(rename?.relation ?? move?.relation) ?? '?';
    const kept = oldNameKept(table, s, ctx);
    if (ctx.facts.isNew(table, s) || kept === 'same transaction') return undefined;
    const swap = kind === 'OBJECT_SEQUENCE' || !rename ? undefined : swappedIn(table, s, ctx);
    if (swap) {
      const between = s.inTransaction && swap.at.transaction === s.transaction ? '' : '; the two renames commit apart, so queries that name it in between fail';
      return {
        statement: s,
        relation: table,
        message: `${q(table)} is swapped with ${q(swap.incoming)} (line ${swap.at.stmt.line}): code that names ${q(table)} reads the new table, but what refers to the old one by its identity (views, other tables' foreign keys, rules, grants and policies on it) stays with ${q(rename?.newname ?? '?')}${swap.copiedBare ? `, and CREATE TABLE … AS gave ${q(swap.incoming)} none of its primary key, defaults, identity, NOT NULL or indexes` : ''}${between}`,
        help: `In the same transaction, re-create on the new table the views, foreign keys, grants and policies that use ${q(table)}${swap.copiedBare ? ', build it with CREATE TABLE … (LIKE … INCLUDING ALL) and INSERT … SELECT rather than CREATE TABLE … AS' : ''}, or check none exist.`,
      };
    }
    // Named without a schema and moved to public, which the default search_path holds: that name still finds it.
    if (move && !move.relation?.schemaname && move.newschema === 'public') return undefined;
    const newName = rename ? (rename.newname ?? '?') : `${move?.newschema ?? '?'}.${move?.relation?.relname ?? '?'}`;
    // The compat view comes in a later transaction: code that names the old name fails only in between.
    if (kept === 'later') {
      return {
        statement: s,
        relation: table,
        severity: 'info',
        message: `${q(table)} is ${rename ? 'renamed' : 'moved'} and a view takes its old name in a separate transaction: queries that name it in between fail`,
        help: 'Run both in one transaction (BEGIN … COMMIT), so queries wait for the view instead of failing between the two.',
      };
    }
    return {
      statement: s,
      relation: table,
      message: rename
        ? `Renaming ${q(table)} to ${q(newName)} breaks the application version that is running now`
        : `Moving ${q(table)} to schema ${q(move?.newschema ?? '?')} breaks the application version that is running now: code that names it without a schema (through search_path) or with the old one no longer finds it`,
      help:
        kind === 'OBJECT_SEQUENCE'
          ? `Release code that no longer names ${q(table)} (nextval, currval, setval) first; column defaults follow the ${rename ? 'rename' : 'move'} by themselves.`
          : `${rename ? 'Rename' : 'Move it'}, then CREATE VIEW ${quoteQualified(table)} AS SELECT * FROM ${rename ? (rename.newname ? quoteIdent(rename.newname) : 'new_name') : quoteQualified(newName)} in the same transaction so old code keeps working (simple views are updatable), and drop the view in a later release.`,
    };
  }),
};
