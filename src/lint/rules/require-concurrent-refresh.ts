import { relationName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/** REFRESH MATERIALIZED VIEW takes ACCESS EXCLUSIVE; CONCURRENTLY takes EXCLUSIVE and lets reads go on (https://www.postgresql.org/docs/current/sql-refreshmaterializedview.html). */
export const requireConcurrentRefresh: Rule = {
  id: 'require-concurrent-refresh',
  defaultSeverity: 'warning',
  description: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks reads of the view for the whole refresh',
  docs: 'docs/rules/require-concurrent-refresh.md',
  lockHazard: true,
  check: onKind('RefreshMatViewStmt', (refresh, s) => {
    if (refresh.concurrent || refresh.skipData) return undefined;
    const view = relationName(refresh.relation) ?? '?';
    return {
      statement: s,
      relation: view,
      during: 'the whole refresh',
      message: `REFRESH MATERIALIZED VIEW ${q(view)} without CONCURRENTLY takes ACCESS EXCLUSIVE: reads of the view wait for the whole refresh`,
      help: `Use REFRESH MATERIALIZED VIEW CONCURRENTLY ${quoteQualified(view)} (the view needs a UNIQUE index covering all rows).`,
    };
  }),
};
