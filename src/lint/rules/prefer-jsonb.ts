import { typeInfo } from '../../sql/index.js';
import { declaredColumns } from '../analysis/declared-columns.js';
import { DECLARING_KINDS, onKinds, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/** json has no equality operator (so no DISTINCT, GROUP BY, UNIQUE) and is re-parsed on every access (https://www.postgresql.org/docs/current/datatype-json.html). */
export const preferJsonb: Rule = {
  id: 'prefer-jsonb',
  defaultSeverity: 'info',
  description: 'a json column where jsonb would do',
  docs: 'docs/rules/prefer-jsonb.md',
  lockHazard: false,
  check: onKinds(DECLARING_KINDS, (s) =>
    declaredColumns(s.stmt)
      .filter((c) => typeInfo(c.typeName)?.name === 'json' && typeInfo(c.typeName)?.schema === undefined)
      .map(
        (c): Report => ({
          statement: s,
          message: `Column ${q(c.name)} on ${q(c.table)} is json: it has no equality operator (no DISTINCT, GROUP BY or UNIQUE) and is re-parsed on every read`,
          help: 'Use jsonb, unless the exact input text (key order, duplicate keys, whitespace) must be kept.',
        }),
      ),
  ),
};
