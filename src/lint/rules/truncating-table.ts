import { relationName, nodeAs } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/** TRUNCATE removes every row under ACCESS EXCLUSIVE (https://www.postgresql.org/docs/current/sql-truncate.html). */
export const truncatingTable: Rule = {
  id: 'truncating-table',
  defaultSeverity: 'warning',
  description: 'TRUNCATE deletes every row of an existing table under ACCESS EXCLUSIVE',
  docs: 'docs/rules/truncating-table.md',
  lockHazard: false,
  check: onKind('TruncateStmt', (truncate, s, ctx) =>
    (truncate.relations ?? [])
      .map((r) => relationName(nodeAs(r, 'RangeVar')) ?? '?')
      .filter((t) => !ctx.facts.isNew(t, s))
      .map(
        (table): Report => ({
          statement: s,
          relation: table,
          message: `TRUNCATE ${q(table)} deletes every row and takes ACCESS EXCLUSIVE: all reads and writes wait`,
          help: 'If the data must go, prefer batched DELETEs outside the schema migration; if it is scratch data, make sure nothing reads the table.',
        }),
      ),
  ),
};
