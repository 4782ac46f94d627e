import { bodyOf, dottedName, nodeAs } from '../../sql/index.js';
import { analyzeAddColumn, sameName } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * A domain the migration gave a CHECK or NOT NULL before `at` (CREATE DOMAIN ... CHECK / NOT NULL, ALTER DOMAIN ...
 * ADD CONSTRAINT / SET NOT NULL), named as `type` names it. PostgreSQL checks such a domain's constraints by
 * writing the new column into every row: ADD COLUMN of that type rewrites the table whatever its default (checked
 * on PostgreSQL 15 in test/lint/rules/server-facts.test.ts). A domain the database already has is not seen.
 */
function constrainedDomain(type: string, at: StatementFacts, ctx: RuleContext): string | undefined {
  for (const d of ctx.facts.ofKind('CreateDomainStmt')) {
    const body = bodyOf(d.stmt, 'CreateDomainStmt');
    const name = dottedName(body?.domainname);
    const constrained = (body?.constraints ?? []).some((c) => ['CONSTR_CHECK', 'CONSTR_NOTNULL'].includes(nodeAs(c, 'Constraint')?.contype ?? ''));
    if (d.index < at.index && constrained && sameName(name, type)) return name;
  }
  for (const d of ctx.facts.ofKind('AlterDomainStmt')) {
    const body = bodyOf(d.stmt, 'AlterDomainStmt');
    const name = dottedName(body?.typeName);
    if (d.index < at.index && (body?.subtype === 'C' || body?.subtype === 'O') && sameName(name, type)) return name;
  }
  return undefined;
}

/**
 * Since PostgreSQL 11 ADD COLUMN with a non-volatile DEFAULT only writes the catalog; a volatile default
 * (or any default before 11) rewrites the table under ACCESS EXCLUSIVE
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES).
 */
export const addingColumnVolatileDefault: Rule = {
  id: 'adding-column-volatile-default',
  defaultSeverity: 'error',
  description: 'ADD COLUMN with a volatile DEFAULT (any DEFAULT before PostgreSQL 11) rewrites the table',
  docs: 'docs/rules/adding-column-volatile-default.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AddColumn'], (cmd, table, s, ctx) => {
    const col = nodeAs(cmd.def, 'ColumnDef');
    const a = analyzeAddColumn(col, ctx.facts.pgMajor);
    if (a.serial || a.identity || a.storedGenerated) return undefined;
    const name = q(col?.colname ?? '?');
    const domain = a.type && constrainedDomain(a.type.schema ? `${a.type.schema}.${a.type.name}` : a.type.name, s, ctx);
    if (domain) {
      return {
        statement: s,
        relation: table,
        during: 'the whole table rewrite',
        message: `Adding ${name} to ${q(table)} rewrites the table under ACCESS EXCLUSIVE: its type ${q(domain)} is a domain with constraints, which PostgreSQL checks by writing the column into every row`,
        help: "Add the column with the domain's base type and put its rule in a CHECK constraint added NOT VALID and validated afterwards (neither rewrites), or accept the rewrite in a maintenance window.",
      };
    }
    if (!a.hasDefault) return undefined;
    const help = 'Add the column without a default (or with a constant one), set the default with ALTER COLUMN ... SET DEFAULT, and backfill existing rows in batches.';
    if (a.rewriteReason) {
      return { statement: s, relation: table, during: 'the whole table rewrite', message: `Adding ${name} to ${q(table)} rewrites the table under ACCESS EXCLUSIVE: ${a.rewriteReason}`, help };
    }
    if (a.defaultVolatility === 'unknown') {
      return {
        statement: s,
        relation: table,
        severity: 'warning',
        during: 'the whole table rewrite, if the default is volatile',
        message: `The DEFAULT of ${name} on ${q(table)} calls a function Lockstep cannot classify: if it is VOLATILE the table is rewritten under ACCESS EXCLUSIVE`,
        help: `Check the function's volatility (pg_proc.provolatile). ${help}`,
      };
    }
    return undefined;
  }),
};
