import { constraintsOf, nodeAs, relationName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * Without a primary key, rows cannot be addressed reliably, and logical replication cannot replicate UPDATE/DELETE
 * (https://www.postgresql.org/docs/current/logical-replication-publication.html). Temporary and unlogged tables are
 * never published (PostgreSQL refuses them in a publication), so they are left alone.
 */
export const tableWithoutPrimaryKey: Rule = {
  id: 'table-without-primary-key',
  defaultSeverity: 'warning',
  description: 'CREATE TABLE without a primary key',
  docs: 'docs/rules/table-without-primary-key.md',
  lockHazard: false,
  check: onKind('CreateStmt', (create, s) => {
    if (create.partbound || create.ofTypename || create.relation?.relpersistence === 't' || create.relation?.relpersistence === 'u') return undefined;
    const elts = create.tableElts ?? [];
    if (elts.some((e) => nodeAs(e, 'TableLikeClause'))) return undefined;
    const hasPk =
      elts.some((e) => nodeAs(e, 'Constraint')?.contype === 'CONSTR_PRIMARY') ||
      elts.some((e) => constraintsOf(nodeAs(e, 'ColumnDef')).some((c) => c.contype === 'CONSTR_PRIMARY'));
    if (hasPk) return undefined;
    return {
      statement: s,
      message: `Table ${q(relationName(create.relation) ?? '?')} has no primary key: rows cannot be addressed reliably, and logical replication cannot replicate its updates and deletes`,
      help: 'Add an id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY (or a natural key) when creating the table.',
    };
  }),
};
