import { nodeAs, relationName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/** VACUUM FULL rewrites the table under ACCESS EXCLUSIVE (https://www.postgresql.org/docs/current/sql-vacuum.html). */
export const vacuumFull: Rule = {
  id: 'vacuum-full',
  defaultSeverity: 'error',
  description: 'VACUUM FULL rewrites the table under ACCESS EXCLUSIVE',
  docs: 'docs/rules/vacuum-full.md',
  lockHazard: true,
  check: onKind('VacuumStmt', (vacuum, s) => {
    if (!(vacuum.options ?? []).some((o) => nodeAs(o, 'DefElem')?.defname === 'full')) return undefined;
    const tables = (vacuum.rels ?? []).map((r) => relationName(nodeAs(r, 'VacuumRelation')?.relation) ?? '?');
    const message = (t: string): string => `VACUUM FULL ${t === '*' ? 'of every table' : q(t)} rewrites it under ACCESS EXCLUSIVE: reads and writes are blocked until it finishes`;
    const help = 'Use plain VACUUM (no blocking), or pg_repack / pg_squeeze to compact a table online.';
    if (tables.length === 0) return { statement: s, message: message('*'), help };
    return tables.map((t): Report => ({ statement: s, relation: t, during: 'the whole rewrite', message: message(t), help }));
  }),
};
