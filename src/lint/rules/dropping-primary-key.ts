import { alterCommands, bodyOf, nodeAs, relationName, type NodeOf } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { MigrationFacts, Rule, StatementFacts } from '../types.js';

/** PRIMARY KEY constraint names the migration declares before `at` (CREATE TABLE, ADD CONSTRAINT ... PRIMARY KEY). */
function declaredPrimaryKeys(facts: MigrationFacts, at: StatementFacts, table: string): Set<string> {
  const out = new Set<string>();
  for (const s of facts.statements) {
    if (s.index >= at.index) break;
    const alter = bodyOf(s.stmt, 'AlterTableStmt');
    if (!alter || !sameName(relationName(alter.relation) ?? '', table)) continue;
    for (const cmd of alterCommands(alter)) {
      const con = nodeAs(cmd.def, 'Constraint');
      if (cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_PRIMARY' && con.conname) out.add(con.conname);
    }
  }
  return out;
}

/** The ALTER TABLE adds a primary key: ADD CONSTRAINT ... PRIMARY KEY (USING INDEX), or ADD COLUMN ... PRIMARY KEY. */
function addsPrimaryKey(alter: NodeOf<'AlterTableStmt'>): boolean {
  return alterCommands(alter).some((cmd) => {
    if (cmd.subtype === 'AT_AddConstraint') return nodeAs(cmd.def, 'Constraint')?.contype === 'CONSTR_PRIMARY';
    if (cmd.subtype !== 'AT_AddColumn') return false;
    return (nodeAs(cmd.def, 'ColumnDef')?.constraints ?? []).some((c) => nodeAs(c, 'Constraint')?.contype === 'CONSTR_PRIMARY');
  });
}

/**
 * The key is swapped for a new one before any other session can see the table without one: by the same ALTER TABLE
 * (`DROP CONSTRAINT orders_pkey, ADD PRIMARY KEY ...`, one statement, atomic wherever it runs), or by a later statement
 * of the same transaction (GitLab's primary key swap: DROP CONSTRAINT ..._pkey, then ADD CONSTRAINT ... PRIMARY KEY
 * USING INDEX), the ACCESS EXCLUSIVE lock of the drop being held until commit.
 */
function replacedBeforeOthersSee(facts: MigrationFacts, at: StatementFacts, table: string): boolean {
  const own = bodyOf(at.stmt, 'AlterTableStmt');
  if (own && addsPrimaryKey(own)) return true;
  if (!at.inTransaction) return false;
  return facts.statements.some((s) => {
    if (s.index <= at.index || !s.inTransaction || s.transaction !== at.transaction) return false;
    const alter = bodyOf(s.stmt, 'AlterTableStmt');
    return alter !== undefined && sameName(relationName(alter.relation) ?? '', table) && addsPrimaryKey(alter);
  });
}

/**
 * Dropping a table's primary key (ALTER TABLE ... DROP CONSTRAINT <table>_pkey; PostgreSQL names it so unless told
 * otherwise, https://www.postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-PRIMARY-KEYS): its unique
 * index goes, foreign keys that reference it must go first (or go silently with CASCADE), ON CONFLICT on the key
 * stops working, and a table in a publication with the default replica identity refuses every UPDATE and DELETE
 * ("does not have a replica identity"), checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts.
 */
export const droppingPrimaryKey: Rule = {
  id: 'dropping-primary-key',
  defaultSeverity: 'warning',
  description: "ALTER TABLE ... DROP CONSTRAINT of the table's primary key",
  docs: 'docs/rules/dropping-primary-key.md',
  lockHazard: true,
  check: onAlterCommand(['AT_DropConstraint'], (cmd, table, s, ctx) => {
    const name = cmd.name ?? '';
    const bare = table.slice(table.lastIndexOf('.') + 1);
    if (name !== `${bare}_pkey` && !declaredPrimaryKeys(ctx.facts, s, table).has(name)) return undefined;
    // Swapped for a new key before other sessions see the table (CASCADE still drops the foreign keys: reported).
    if (cmd.behavior !== 'DROP_CASCADE' && replacedBeforeOthersSee(ctx.facts, s, table)) return undefined;
    return {
      statement: s,
      relation: table,
      message: `Dropping ${q(name)}, the primary key of ${q(table)}: UPDATE and DELETE fail on it if it is published for logical replication, ON CONFLICT on the key stops working${cmd.behavior === 'DROP_CASCADE' ? ', and CASCADE silently drops the foreign keys that reference it' : ''}`,
      help: 'Add the new key first (CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX, or REPLICA IDENTITY USING INDEX), move the foreign keys to it, and only then drop the old one.',
    };
  }),
};
