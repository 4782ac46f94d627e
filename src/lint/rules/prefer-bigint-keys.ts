import { constraintsOf, typeInfo, typeLabel } from '../../sql/index.js';
import { declaredColumns } from '../analysis/declared-columns.js';
import { DECLARING_KINDS, onKinds, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/** A 32-bit key runs out at 2,147,483,647; widening it later rewrites the table and every referencing one. */
const SMALL = new Set(['int4', 'int2', 'serial', 'serial4', 'smallserial', 'serial2']);

function isKeyColumn(name: string, keyLike: boolean): boolean {
  return keyLike || name === 'id' || name.endsWith('_id');
}

export const preferBigintKeys: Rule = {
  id: 'prefer-bigint-keys',
  defaultSeverity: 'info',
  description: 'integer / smallint (or serial) key columns that may run out of values',
  docs: 'docs/rules/prefer-bigint-keys.md',
  lockHazard: false,
  check: onKinds(DECLARING_KINDS, (s) =>
    declaredColumns(s.stmt)
      .filter((c) => {
        const t = typeInfo(c.typeName);
        const keyLike = constraintsOf(c.col).some((k) => k.contype === 'CONSTR_PRIMARY' || k.contype === 'CONSTR_FOREIGN' || k.contype === 'CONSTR_IDENTITY');
        return t !== undefined && t.schema === undefined && !t.array && SMALL.has(t.name) && isKeyColumn(c.name, keyLike);
      })
      .map(
        (c): Report => ({
          statement: s,
          message: `Key column ${q(c.name)} on ${q(c.table)} is ${typeLabel(typeInfo(c.typeName))}: it runs out at ${typeInfo(c.typeName)?.name.endsWith('2') || typeInfo(c.typeName)?.name === 'smallserial' ? '32,767' : '2,147,483,647'}, and widening it later rewrites this table and every table that references it`,
          help: 'Use bigint (bigint GENERATED ALWAYS AS IDENTITY for generated keys); the extra 4 bytes are cheap.',
        }),
      ),
  ),
};
