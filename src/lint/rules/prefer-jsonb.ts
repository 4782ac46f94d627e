import { typeInfo } from '../../sql/index.js';
import { declaredColumns } from '../analysis/declared-columns.js';
import { DECLARING_KINDS, onKinds, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/**
 * json has no equality operator (so no DISTINCT, GROUP BY, UNIQUE) and is re-parsed on every access
 * (https://www.postgresql.org/docs/current/datatype-json.html; "could not identify an equality operator for type
 * json" checked in test/lint/rules/server-facts.test.ts). On a table that existed before the migration, queries the
 * application already runs (SELECT DISTINCT, UNION over the table's rows) start failing: a warning, as
 * strong_migrations reports add_column with json by default (issue 11, part 5). On a table the migration creates,
 * no running query uses it yet: a design note (info).
 */
export const preferJsonb: Rule = {
  id: 'prefer-jsonb',
  defaultSeverity: 'warning',
  description: 'a json column where jsonb would do',
  docs: 'docs/rules/prefer-jsonb.md',
  lockHazard: false,
  check: onKinds(DECLARING_KINDS, (s, ctx) =>
    declaredColumns(s.stmt)
      .filter((c) => typeInfo(c.typeName)?.name === 'json' && typeInfo(c.typeName)?.schema === undefined)
      .map((c): Report => {
        const existing = s.stmt.kind === 'AlterTableStmt' && !ctx.facts.isNew(c.table, s);
        return {
          statement: s,
          message: existing
            ? `Column ${q(c.name)} on ${q(c.table)} becomes json: json has no equality operator, so queries already running over ${q(c.table)} with SELECT DISTINCT, UNION or GROUP BY on its rows fail from now on, and it is re-parsed on every read`
            : `Column ${q(c.name)} on ${q(c.table)} is json: it has no equality operator (no DISTINCT, GROUP BY or UNIQUE) and is re-parsed on every read`,
          help: 'Use jsonb, unless the exact input text (key order, duplicate keys, whitespace) must be kept.',
          ...(existing ? {} : { severity: 'info' as const }),
        };
      }),
  ),
};
