import { typeInfo } from '../../sql/index.js';
import { declaredColumns } from '../analysis/declared-columns.js';
import { DECLARING_KINDS, onKinds, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/** timestamp without time zone stores wall-clock time with no zone: ambiguous across DST and servers (https://www.postgresql.org/docs/current/datatype-datetime.html). */
export const preferTimestamptz: Rule = {
  id: 'prefer-timestamptz',
  defaultSeverity: 'info',
  description: 'timestamp without time zone instead of timestamptz',
  docs: 'docs/rules/prefer-timestamptz.md',
  lockHazard: false,
  check: onKinds(DECLARING_KINDS, (s) =>
    declaredColumns(s.stmt)
      .filter((c) => typeInfo(c.typeName)?.name === 'timestamp' && typeInfo(c.typeName)?.schema === undefined)
      .map(
        (c): Report => ({
          statement: s,
          message: `Column ${q(c.name)} on ${q(c.table)} is timestamp without time zone: values are ambiguous across time zones and DST changes`,
          help: 'Use timestamptz (timestamp with time zone); it stores an absolute instant and takes the same space.',
        }),
      ),
  ),
};
