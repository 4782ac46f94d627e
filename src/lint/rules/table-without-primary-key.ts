import { alterCommands, bodyOf, constraintsOf, droppedNames, nodeAs, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule, RuleContext, StatementFacts } from '../types.js';

/** A DROP TABLE later in the same migration removes `table`: a scratch table never outlives the migration. */
function droppedLater(table: string, s: StatementFacts, ctx: RuleContext): boolean {
  return ctx.facts.ofKind('DropStmt').some((d) => {
    const drop = bodyOf(d.stmt, 'DropStmt');
    return d.index > s.index && drop?.removeType === 'OBJECT_TABLE' && droppedNames(drop.objects).includes(table);
  });
}

/**
 * An ALTER TABLE later in the same migration gives `table` a primary key (ADD CONSTRAINT ... PRIMARY KEY, ADD PRIMARY
 * KEY, ADD COLUMN ... PRIMARY KEY), as pg_dump writes it: CREATE TABLE, then ALTER TABLE ONLY ... ADD CONSTRAINT.
 */
function keyAddedLater(table: string, s: StatementFacts, ctx: RuleContext): boolean {
  return ctx.facts.ofKind('AlterTableStmt').some((a) => {
    const alter = bodyOf(a.stmt, 'AlterTableStmt');
    if (a.index <= s.index || !sameName(relationName(alter?.relation) ?? '', table)) return false;
    return alterCommands(alter).some(
      (cmd) =>
        (cmd.subtype === 'AT_AddConstraint' && nodeAs(cmd.def, 'Constraint')?.contype === 'CONSTR_PRIMARY') ||
        (cmd.subtype === 'AT_AddColumn' && constraintsOf(nodeAs(cmd.def, 'ColumnDef')).some((c) => c.contype === 'CONSTR_PRIMARY')),
    );
  });
}

/**
 * Without a primary key, rows cannot be addressed reliably, and logical replication cannot replicate UPDATE/DELETE
 * (https://www.postgresql.org/docs/current/logical-replication-publication.html). Info by default: the CREATE TABLE
 * locks no existing table, and UPDATE and DELETE on the new table work until a publication that publishes them holds
 * it (checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts), and neither squawk nor strong_migrations
 * reports a missing key by default; a team that replicates logically raises it to a warning in its config.
 * Temporary and unlogged tables are never published (PostgreSQL refuses them in a publication), so they are left
 * alone, and so is a table the same migration drops again (a scratch table: no publication can hold it once the
 * migration has run), and a table the migration gives a primary key with a later ALTER TABLE.
 */
export const tableWithoutPrimaryKey: Rule = {
  id: 'table-without-primary-key',
  defaultSeverity: 'info',
  description: 'CREATE TABLE without a primary key',
  docs: 'docs/rules/table-without-primary-key.md',
  lockHazard: false,
  check: onKind('CreateStmt', (create, s, ctx) => {
    if (create.partbound || create.ofTypename || create.relation?.relpersistence === 't' || create.relation?.relpersistence === 'u') return undefined;
    const elts = create.tableElts ?? [];
    if (elts.some((e) => nodeAs(e, 'TableLikeClause'))) return undefined;
    const hasPk =
      elts.some((e) => nodeAs(e, 'Constraint')?.contype === 'CONSTR_PRIMARY') ||
      elts.some((e) => constraintsOf(nodeAs(e, 'ColumnDef')).some((c) => c.contype === 'CONSTR_PRIMARY'));
    const table = relationName(create.relation) ?? '?';
    if (hasPk || droppedLater(table, s, ctx) || keyAddedLater(table, s, ctx)) return undefined;
    return {
      statement: s,
      message: `Table ${q(table)} has no primary key: rows cannot be addressed reliably, and logical replication cannot replicate its updates and deletes`,
      help: 'Add an id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY (or a natural key) when creating the table.',
    };
  }),
};
