import { bodyOf, nodeAs, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/** The materialized view this migration created under `name` before `at` (the last such CREATE), if any. */
function createdHere(name: string, at: StatementFacts, ctx: RuleContext): { at: StatementFacts; withData: boolean } | undefined {
  let found: { at: StatementFacts; withData: boolean } | undefined;
  for (const s of ctx.facts.ofKind('CreateTableAsStmt')) {
    const ctas = bodyOf(s.stmt, 'CreateTableAsStmt');
    if (s.index >= at.index || ctas?.objtype !== 'OBJECT_MATVIEW' || !sameName(relationName(ctas.into?.rel) ?? '', name)) continue;
    found = { at: s, withData: ctas.into?.skipData !== true };
  }
  return found;
}

/** A unique index on the view between `from` and `to` that REFRESH ... CONCURRENTLY accepts: no WHERE, plain columns only. */
function usableUniqueIndex(name: string, from: StatementFacts, to: StatementFacts, ctx: RuleContext): boolean {
  return ctx.facts.ofKind('IndexStmt').some((s) => {
    const index = bodyOf(s.stmt, 'IndexStmt');
    if (s.index <= from.index || s.index >= to.index || !index?.unique || index.whereClause) return false;
    if (!sameName(relationName(index.relation) ?? '', name)) return false;
    return (index.indexParams ?? []).every((p) => nodeAs(p, 'IndexElem')?.name !== undefined);
  });
}

/** A plain REFRESH (which populates the view) between `from` and `to`. */
function populatedBetween(name: string, from: StatementFacts, to: StatementFacts, ctx: RuleContext): boolean {
  return ctx.facts.ofKind('RefreshMatViewStmt').some((s) => {
    const refresh = bodyOf(s.stmt, 'RefreshMatViewStmt');
    return s.index > from.index && s.index < to.index && !refresh?.skipData && !refresh?.concurrent && sameName(relationName(refresh?.relation) ?? '', name);
  });
}

/**
 * REFRESH MATERIALIZED VIEW CONCURRENTLY fails on a view that has no UNIQUE index on plain columns without a WHERE,
 * and on one that is not populated (created WITH NO DATA and not refreshed since)
 * (https://www.postgresql.org/docs/current/sql-refreshmaterializedview.html; both checked on PostgreSQL 15 in
 * test/lint/rules/server-facts.test.ts). Known only for a view this migration creates: one created earlier may have
 * its index.
 */
export const concurrentRefreshFails: Rule = {
  id: 'concurrent-refresh-fails',
  defaultSeverity: 'error',
  description: 'REFRESH MATERIALIZED VIEW CONCURRENTLY of a view this migration created without a usable UNIQUE index, or WITH NO DATA: it fails',
  docs: 'docs/rules/concurrent-refresh-fails.md',
  lockHazard: false,
  check: onKind('RefreshMatViewStmt', (refresh, s, ctx): Report | undefined => {
    if (!refresh.concurrent) return undefined;
    const view = relationName(refresh.relation) ?? '?';
    const created = createdHere(view, s, ctx);
    if (!created) return undefined;
    if (!usableUniqueIndex(view, created.at, s, ctx)) {
      return {
        statement: s,
        relation: view,
        message: `REFRESH MATERIALIZED VIEW CONCURRENTLY ${q(view)} fails: the view has no UNIQUE index on plain columns without a WHERE clause, which CONCURRENTLY needs to match old rows to new ones`,
        help: `CREATE UNIQUE INDEX ON ${q(view)} (<columns that identify a row>) before the refresh, or refresh without CONCURRENTLY while the view is new and nothing reads it.`,
      };
    }
    if (!created.withData && !populatedBetween(view, created.at, s, ctx)) {
      return {
        statement: s,
        relation: view,
        message: `REFRESH MATERIALIZED VIEW CONCURRENTLY ${q(view)} fails: the view was created WITH NO DATA and is not populated yet`,
        help: `Refresh it once without CONCURRENTLY first (nothing reads an empty new view), then CONCURRENTLY from then on.`,
      };
    }
    return undefined;
  }),
};
