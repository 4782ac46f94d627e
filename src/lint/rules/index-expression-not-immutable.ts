import { nodeAs, relationName } from '../../sql/index.js';
import { notImmutableCall } from '../../locks/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * An index's expressions and its WHERE predicate may call only IMMUTABLE functions: PostgreSQL refuses `now()`,
 * `CURRENT_TIMESTAMP`, `random()` or `current_user` there ("functions in index predicate must be marked IMMUTABLE";
 * checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts). The partial index "of the last 30 days" is the
 * usual case: its predicate would be fixed at build time anyway, not move with the clock.
 */
export const indexExpressionNotImmutable: Rule = {
  id: 'index-expression-not-immutable',
  defaultSeverity: 'error',
  description: 'CREATE INDEX whose expression or WHERE calls a function that is not IMMUTABLE (now(), CURRENT_TIMESTAMP, random()): PostgreSQL refuses it',
  docs: 'docs/rules/index-expression-not-immutable.md',
  lockHazard: false,
  check: onKind('IndexStmt', (index, s) => {
    const inPredicate = notImmutableCall(index.whereClause);
    const inExpression = inPredicate ? undefined : notImmutableCall((index.indexParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.expr));
    const call = inPredicate ?? inExpression;
    if (!call) return undefined;
    const table = relationName(index.relation) ?? '?';
    return {
      statement: s,
      relation: table,
      message: `CREATE INDEX on ${q(table)} fails: its ${inPredicate ? 'WHERE predicate' : 'expression'} calls ${call}, which is not IMMUTABLE, and PostgreSQL accepts only IMMUTABLE functions in an index`,
      help: inPredicate
        ? 'Use a constant (WHERE created_at > \'2025-01-01\'), rebuilt from time to time, or index the column whole; a predicate cannot follow the clock.'
        : 'Index the column itself, or an expression of IMMUTABLE functions only (a STABLE function, such as one of timestamptz and the time zone, gives a different value per session).',
    };
  }),
};
