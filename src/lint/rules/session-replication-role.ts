import { bodyOf, nodeAs } from '../../sql/index.js';
import { writesToolHistory } from '../analysis/bookkeeping.js';
import { q } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

const WRITES = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'CopyStmt']);

/**
 * How a statement sets session_replication_role: to 'replica', or back ('origin', 'local', RESET, DEFAULT: ordinary
 * triggers, foreign keys' included, fire under both origin and local), or not at all.
 */
function replicationRole(s: StatementFacts): { readonly replica: boolean; readonly local: boolean } | undefined {
  const set = bodyOf(s.stmt, 'VariableSetStmt');
  if (set?.name?.toLowerCase() !== 'session_replication_role') return undefined;
  const value = nodeAs(set.args?.[0], 'A_Const')?.sval?.sval?.toLowerCase();
  return { replica: set.kind === 'VAR_SET_VALUE' && value === 'replica', local: set.is_local === true };
}

/**
 * `SET session_replication_role = replica` switches off, for the session, every trigger that is not ENABLE REPLICA or
 * ENABLE ALWAYS: the internal ones that enforce foreign keys as well as the user's (audit, updated_at, search
 * vectors). Rows the migration writes meanwhile skip them: an orphan row goes in, and nothing checks it afterwards
 * (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-SESSION-REPLICATION-ROLE; checked on
 * PostgreSQL 15 in test/lint/rules/server-facts.test.ts). Tools set it around schema dumps (MikroORM, some seed
 * scripts), where it is harmless for DDL; it is reported on the first write to an existing table while it is on.
 */
export const sessionReplicationRole: Rule = {
  id: 'session-replication-role',
  defaultSeverity: 'warning',
  description: 'rows written while session_replication_role = replica skip foreign key checks and triggers',
  docs: 'docs/rules/session-replication-role.md',
  lockHazard: false,
  check(ctx: RuleContext): Report[] {
    let on: StatementFacts | undefined;
    let local = false;
    for (const s of ctx.facts.statements) {
      // SET LOCAL lasts until its transaction ends.
      if (on && local && s.transaction !== on.transaction) on = undefined;
      const role = replicationRole(s);
      if (role) {
        on = role.replica ? s : undefined;
        local = role.local;
        continue;
      }
      if (!on || !WRITES.has(s.kind) || writesToolHistory(s) || s.relation === undefined || ctx.facts.isNew(s.relation, s)) continue;
      return [{
        statement: s,
        relation: s.relation,
        message: `This write to ${q(s.relation)} runs while session_replication_role = replica (set at line ${on.stmt.line}): its foreign keys are not checked and its triggers do not fire, and nothing checks the rows afterwards`,
        help: 'Write the rows with session_replication_role at its default (origin), so foreign keys and triggers apply; to skip one trigger, disable it by name (ALTER TABLE … DISABLE TRIGGER <name>) around the write.',
      }];
    }
    return [];
  },
};
