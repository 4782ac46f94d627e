import type { Constraint } from '../ast.js';
import { alterCommands, bodyOf, constraintsOf, nameList, nodeAs, relationName } from '../ast.js';
import { sameName } from '../facts.js';
import { q } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * PostgreSQL indexes the referenced side of a foreign key, not the referencing columns: without an index,
 * every DELETE or key UPDATE on the referenced table scans the referencing table
 * (https://www.postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-FK).
 */
interface Fk {
  readonly table: string;
  readonly columns: readonly string[];
  readonly ref: string;
  readonly at: StatementFacts;
}

function foreignKeys(s: StatementFacts): Fk[] {
  const out: Fk[] = [];
  const add = (table: string, con: Constraint, column?: string): void => {
    if (con.contype !== 'CONSTR_FOREIGN') return;
    const columns = column ? [column] : nameList(con.fk_attrs);
    out.push({ table, columns, ref: relationName(con.pktable) ?? '?', at: s });
  };
  const create = bodyOf(s.stmt, 'CreateStmt');
  const alter = bodyOf(s.stmt, 'AlterTableStmt');
  const table = relationName(create?.relation ?? alter?.relation) ?? '?';
  const elts = create?.tableElts ?? alterCommands(alter).filter((c) => c.subtype === 'AT_AddConstraint' || c.subtype === 'AT_AddColumn').map((c) => c.def);
  for (const e of elts) {
    const con = nodeAs(e, 'Constraint');
    if (con) add(table, con);
    const col = nodeAs(e, 'ColumnDef');
    for (const c of constraintsOf(col)) add(table, c, col?.colname);
  }
  return out;
}

/** Key columns of every index a list of statements creates (CREATE INDEX, PRIMARY KEY, UNIQUE). */
export function indexesCreated(statements: readonly Pick<StatementFacts, 'stmt'>[]): Array<{ table: string; columns: string[] }> {
  const out: Array<{ table: string; columns: string[] }> = [];
  for (const s of statements) {
    const idx = bodyOf(s.stmt, 'IndexStmt');
    if (idx) out.push({ table: relationName(idx.relation) ?? '?', columns: (idx.indexParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.name ?? '') });
    const create = bodyOf(s.stmt, 'CreateStmt');
    const alter = bodyOf(s.stmt, 'AlterTableStmt');
    const table = relationName(create?.relation ?? alter?.relation) ?? '?';
    const defs = create?.tableElts ?? alterCommands(alter).map((c) => c.def);
    for (const d of defs) {
      const con = nodeAs(d, 'Constraint');
      if (con && (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE')) out.push({ table, columns: nameList(con.keys) });
      const col = nodeAs(d, 'ColumnDef');
      if (constraintsOf(col).some((c) => c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_UNIQUE')) out.push({ table, columns: [col?.colname ?? ''] });
    }
  }
  return out;
}

export const foreignKeyWithoutIndex: Rule = {
  id: 'foreign-key-without-index',
  defaultSeverity: 'warning',
  description: 'a foreign key whose referencing columns no known index starts with',
  docs: 'docs/rules/foreign-key-without-index.md',
  lockHazard: false,
  check(ctx: RuleContext): Report[] {
    const indexes = [...indexesCreated(ctx.facts.statements), ...(ctx.options.knownIndexes ?? [])];
    const out: Report[] = [];
    for (const s of ctx.facts.statements) {
      for (const fk of foreignKeys(s)) {
        const covered = indexes.some((i) => sameName(i.table, fk.table) && fk.columns.every((c, n) => i.columns[n] === c));
        // Other migrations of the run, or the database, may hold the index (see LintOptions.knownIndexes).
        if (covered || fk.columns.length === 0) continue;
        out.push({
          statement: s,
          message: `Foreign key ${q(fk.table)} (${fk.columns.join(', ')}) → ${q(fk.ref)} has no index on the referencing columns: deleting from ${q(fk.ref)} will scan ${q(fk.table)}`,
          help: `CREATE INDEX CONCURRENTLY ON ${fk.table} (${fk.columns.join(', ')}) (in its own no-transaction migration), unless such an index already exists.`,
        });
      }
    }
    return out;
  },
};
