import { typeInfo } from '../../sql/index.js';
import { declaredColumns } from '../analysis/declared-columns.js';
import { DECLARING_KINDS, onKinds, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/** char(n) pads with spaces, compares oddly and is no faster than text (https://www.postgresql.org/docs/current/datatype-character.html). */
export const banCharType: Rule = {
  id: 'ban-char-type',
  defaultSeverity: 'info',
  description: 'char(n) / character(n) columns',
  docs: 'docs/rules/ban-char-type.md',
  lockHazard: false,
  check: onKinds(DECLARING_KINDS, (s) =>
    declaredColumns(s.stmt)
      .filter((c) => typeInfo(c.typeName)?.name === 'bpchar' && typeInfo(c.typeName)?.schema === undefined)
      .map(
        (c): Report => ({
          statement: s,
          message: `Column ${q(c.name)} on ${q(c.table)} is char(n): values are blank-padded, trailing spaces are ignored in comparisons, and it is not faster than text`,
          help: 'Use text (or varchar) with a CHECK (length(col) = n) if a fixed length matters.',
        }),
      ),
  ),
};
