import type { Constraint } from '../../sql/index.js';
import { bodyOf, constraintsOf, nameList, nodeAs, relationName, tableAdditions } from '../../sql/index.js';
import { bareName, sameName } from '../../locks/index.js';
import { q } from '../rule-kit.js';
import type { LintOptions, Report, Rule, RuleContext, StatementFacts } from '../types.js';
import { quoteIdent, quoteQualified } from '../quote-ident.js';

/**
 * PostgreSQL indexes the referenced side of a foreign key, not the referencing columns: without an index,
 * every DELETE or key UPDATE on the referenced table scans the referencing table
 * (https://www.postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-FK). Reported as info when
 * no database was read (facts.sizesKnown is false): the index may exist in a schema Lockstep cannot see.
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
  const { table, defs } = tableAdditions(s.stmt) ?? { table: '?', defs: [] };
  for (const e of defs) {
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
    const { table, defs } = tableAdditions(s.stmt) ?? { table: '?', defs: [] };
    for (const d of defs) {
      const con = nodeAs(d, 'Constraint');
      if (con && (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE')) out.push({ table, columns: nameList(con.keys) });
      const col = nodeAs(d, 'ColumnDef');
      if (constraintsOf(col).some((c) => c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_UNIQUE')) out.push({ table, columns: [col?.colname ?? ''] });
    }
  }
  return out;
}

type KnownIndex = NonNullable<LintOptions['knownIndexes']>[number];

const byTableCache = new WeakMap<readonly KnownIndex[], ReadonlyMap<string, readonly KnownIndex[]>>();

/** Known indexes by bare table name, built once per run (every migration of a run shares the list). */
function knownByTable(known: readonly KnownIndex[] | undefined): ReadonlyMap<string, readonly KnownIndex[]> {
  if (!known) return new Map();
  const cached = byTableCache.get(known);
  if (cached) return cached;
  const map = new Map<string, KnownIndex[]>();
  for (const i of known) {
    const list = map.get(bareName(i.table));
    if (list) list.push(i);
    else map.set(bareName(i.table), [i]);
  }
  byTableCache.set(known, map);
  return map;
}

export const foreignKeyWithoutIndex: Rule = {
  id: 'foreign-key-without-index',
  defaultSeverity: 'warning',
  description: 'a foreign key whose referencing columns no known index starts with',
  docs: 'docs/rules/foreign-key-without-index.md',
  lockHazard: false,
  check(ctx: RuleContext): Report[] {
    const fks = ctx.facts.statements.filter((s) => s.stmt.kind === 'CreateStmt' || s.stmt.kind === 'AlterTableStmt').flatMap(foreignKeys);
    if (fks.length === 0) return [];
    const own = indexesCreated(ctx.facts.statements);
    // Other migrations of the run, or the database, may hold the index (see LintOptions.knownIndexes).
    const known = knownByTable(ctx.options.knownIndexes);
    const out: Report[] = [];
    for (const fk of fks) {
      // sameName() never matches different bare names, so only that table's indexes need a look.
      const starts = (i: KnownIndex): boolean => sameName(i.table, fk.table) && fk.columns.every((c, n) => i.columns[n] === c);
      if (fk.columns.length === 0 || own.some(starts) || (known.get(bareName(fk.table)) ?? []).some(starts)) continue;
      out.push({
        statement: fk.at,
        message: `Foreign key ${q(fk.table)} (${fk.columns.join(', ')}) → ${q(fk.ref)} has no index on the referencing columns: deleting from ${q(fk.ref)} will scan ${q(fk.table)}`,
        help: `CREATE INDEX CONCURRENTLY ON ${quoteQualified(fk.table)} (${fk.columns.map(quoteIdent).join(', ')}) (in its own no-transaction migration), unless such an index already exists${ctx.facts.sizesKnown ? '' : ' (no database was read, so an index outside the linted migrations cannot be seen: lint with --url to check)'}.`,
        // Without a database the index may well exist in the schema the migrations build on: a hint, not a warning.
        severity: ctx.facts.sizesKnown ? undefined : 'info',
      });
    }
    return out;
  },
};
