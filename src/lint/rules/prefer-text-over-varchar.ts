import { typeInfo } from '../../sql/index.js';
import { declaredColumns } from '../analysis/declared-columns.js';
import { DECLARING_KINDS, onKinds, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/** varchar(n) is stored like text; raising the limit later is cheap, lowering it rewrites (https://www.postgresql.org/docs/current/datatype-character.html). */
export const preferTextOverVarchar: Rule = {
  id: 'prefer-text-over-varchar',
  defaultSeverity: 'info',
  description: 'varchar(n) where text (with a CHECK if needed) would do',
  docs: 'docs/rules/prefer-text-over-varchar.md',
  lockHazard: false,
  check: onKinds(DECLARING_KINDS, (s) =>
    declaredColumns(s.stmt)
      .filter((c) => c.how !== 'alter-type' && typeInfo(c.typeName)?.name === 'varchar' && (typeInfo(c.typeName)?.mods.length ?? 0) > 0)
      .map(
        (c): Report => ({
          statement: s,
          message: `Column ${q(c.name)} on ${q(c.table)} is varchar(${typeInfo(c.typeName)?.mods[0]}): the limit is no faster than text and changing it later takes ACCESS EXCLUSIVE`,
          help: 'Use text, with CHECK (char_length(col) <= n) NOT VALID if a limit is a business rule (checks can be changed without a rewrite).',
        }),
      ),
  ),
};
