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
  const kept = view ?? swappedIn(old, s, ctx);
  if (!kept) return undefined;
  return s.inTransaction && kept.transaction === s.transaction ? 'same transaction' : 'later';
}

/**
 * A table swap (pg-osc, pg_repack, GitLab's swap helpers): a later rename in this migration gives the old name to
 * another relation that holds the rows, so code that names it reads and writes that relation. It holds them when it
 * existed before the migration (a shadow kept in sync by triggers), is a view, or was created here with its rows (CREATE
 * TABLE … AS or a materialized view with data) or filled here (INSERT, COPY) before the swap. A table created here and
 * never filled would answer every query with no rows: not a swap.
 */
function swappedIn(old: string, s: StatementFacts, ctx: RuleContext): StatementFacts | undefined {
  return ctx.facts.ofKind('RenameStmt').find((x) => {
    const rename = bodyOf(x.stmt, 'RenameStmt');
    if (x.index <= s.index || x.embedded || !rename?.newname || !RELATIONS.includes(rename.renameType ?? '')) return false;
    const schema = rename.relation?.schemaname;
    if (!sameName(schema ? `${schema}.${rename.newname}` : rename.newname, old)) return false;
    const incoming = relationName(rename.relation) ?? '';
    return rename.renameType === 'OBJECT_VIEW' || !ctx.facts.isNew(incoming, x) || filledBefore(incoming, x, ctx);
  });
}

function filledBefore(name: string, at: StatementFacts, ctx: RuleContext): boolean {
  const before = (x: StatementFacts): boolean => x.index < at.index && !x.embedded;
  const created = ctx.facts.ofKind('CreateTableAsStmt').some((x) => {
    const ctas = bodyOf(x.stmt, 'CreateTableAsStmt');
    return before(x) && ctas?.into?.skipData !== true && sameName(relationName(ctas?.into?.rel) ?? '', name);
  });
  const inserted = ctx.facts.ofKind('InsertStmt').some((x) => before(x) && sameName(relationName(bodyOf(x.stmt, 'InsertStmt')?.relation) ?? '', name));
  const copied = ctx.facts.ofKind('CopyStmt').some((x) => before(x) && bodyOf(x.stmt, 'CopyStmt')?.is_from === true && sameName(relationName(bodyOf(x.stmt, 'CopyStmt')?.relation) ?? '', name));
  return created || inserted || copied;
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
    // Named without a schema and moved to public, which the default search_path holds: that name still finds it.
    if (move && !move.relation?.schemaname && move.newschema === 'public') return undefined;
    const newName = rename ? (rename.newname ?? '?') : `${move?.newschema ?? '?'}.${move?.relation?.relname ?? '?'}`;
    // The compat view comes in a later transaction: code that names the old name fails only in between.
    if (kept === 'later') {
      return {
        statement: s,
        relation: table,
        severity: 'info',
        message: `${q(table)} is ${rename ? 'renamed' : 'moved'} and another relation takes its old name in a separate transaction: queries that name it in between fail`,
        help: 'Run both in one transaction (BEGIN … COMMIT), so queries wait for the swap instead of failing between the two.',
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
