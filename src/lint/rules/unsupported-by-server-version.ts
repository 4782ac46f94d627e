import { bodyOf, walk } from '../../sql/index.js';
import { onKinds } from '../rule-kit.js';
import type { Report, Rule, StatementFacts } from '../types.js';

/** Syntax a migration may use that older servers reject, with the major version that introduced it. */
interface Feature {
  readonly name: string;
  readonly since: number;
}

/** The features a statement uses that the release notes date (https://www.postgresql.org/docs/release/). */
function featuresOf(s: StatementFacts): Feature[] {
  const out: Feature[] = [];
  const stmt = s.stmt;
  if (stmt.kind === 'MergeStmt') out.push({ name: 'MERGE', since: 15 });
  out.push(...eleven(s));
  walk(stmt.node, (key, body) => {
    const b = body as Record<string, unknown>;
    if (key === 'ReindexStmt' && ((b.params as unknown[] | undefined) ?? []).some((p) => (p as { DefElem?: { defname?: string } }).DefElem?.defname === 'concurrently')) {
      out.push({ name: 'REINDEX CONCURRENTLY', since: 12 });
    }
    if (key === 'PartitionCmd' && b.concurrent === true) out.push({ name: 'DETACH PARTITION ... CONCURRENTLY', since: 14 });
    if (key === 'CreateTrigStmt' && b.replace === true) out.push({ name: 'CREATE OR REPLACE TRIGGER', since: 14 });
    if ((key === 'IndexStmt' || key === 'Constraint') && b.nulls_not_distinct === true) out.push({ name: 'NULLS NOT DISTINCT', since: 15 });
    if (key === 'Constraint' && b.contype === 'CONSTR_GENERATED') out.push({ name: 'generated columns (GENERATED ALWAYS AS ... STORED)', since: 12 });
    if (key === 'Constraint' && b.contype === 'CONSTR_IDENTITY') out.push({ name: 'identity columns (GENERATED ... AS IDENTITY)', since: 10 });
    if (key === 'AlterTableCmd' && b.subtype === 'AT_SetCompression') out.push({ name: 'SET COMPRESSION', since: 14 });
    if (key === 'ColumnDef' && typeof b.compression === 'string') out.push({ name: 'COMPRESSION on a column', since: 14 });
    if (key === 'IndexStmt' && ((b.indexIncludingParams as unknown[] | undefined) ?? []).length > 0) out.push({ name: 'INCLUDE columns in an index', since: 11 });
    if (key === 'Constraint' && ((b.including as unknown[] | undefined) ?? []).length > 0) out.push({ name: 'INCLUDE columns in an index', since: 11 });
    if (key === 'partbound' && b.is_default === true) out.push({ name: 'DEFAULT partitions', since: 11 });
    if (key === 'partspec' && b.strategy === 'PARTITION_STRATEGY_HASH') out.push({ name: 'hash partitioning', since: 11 });
  });
  return out;
}

const KEYS = new Set(['CONSTR_PRIMARY', 'CONSTR_UNIQUE']);

/** PostgreSQL 11's additions (https://www.postgresql.org/docs/release/11.0/) that one statement shows on its own. */
function eleven(s: StatementFacts): Feature[] {
  const out: Feature[] = [];
  const stmt = s.stmt;
  if (bodyOf(stmt, 'CreateFunctionStmt')?.is_procedure === true) out.push({ name: 'procedures (CREATE PROCEDURE)', since: 11 });
  if (stmt.kind === 'CallStmt') out.push({ name: 'CALL', since: 11 });
  // The parser leaves inh out when ONLY was written.
  const index = bodyOf(stmt, 'IndexStmt');
  if (index && index.relation?.inh !== true) out.push({ name: 'CREATE INDEX ... ON ONLY', since: 11 });
  // The AST does not tell EXECUTE FUNCTION from EXECUTE PROCEDURE: the statement's text does.
  if (stmt.kind === 'CreateTrigStmt' && /\bEXECUTE\s+FUNCTION\b/i.test(stmt.sql)) out.push({ name: 'EXECUTE FUNCTION in CREATE TRIGGER (10 spells it EXECUTE PROCEDURE)', since: 11 });
  const create = bodyOf(stmt, 'CreateStmt');
  if (create?.partspec && hasKey(create.tableElts)) out.push({ name: 'a primary key or unique constraint on a partitioned table', since: 11 });
  return out;
}

function hasKey(elements: unknown): boolean {
  let found = false;
  walk(elements, (key, body) => {
    if (key === 'Constraint' && KEYS.has(body.contype as string)) found = true;
  });
  return found;
}

/** The newest version any feature above needs: at or after it there is nothing to look for. */
const NEWEST = 15;

/** Syntax the target server does not have yet fails when the migration runs, after the ones before it committed. */
export const unsupportedByServerVersion: Rule = {
  id: 'unsupported-by-server-version',
  defaultSeverity: 'error',
  description: 'the statement uses syntax the target PostgreSQL version does not have (e.g. REINDEX CONCURRENTLY before 12)',
  docs: 'docs/rules/unsupported-by-server-version.md',
  lockHazard: false,
  check: onKinds(['MergeStmt', 'ReindexStmt', 'AlterTableStmt', 'CreateTrigStmt', 'IndexStmt', 'CreateStmt', 'CreateFunctionStmt', 'CallStmt'], (s, ctx): Report[] => {
    const major = ctx.facts.pgMajor;
    if (major >= NEWEST) return [];
    const seen = new Set<string>();
    const out: Report[] = [];
    for (const f of featuresOf(s)) {
      if (f.since <= major || seen.has(f.name)) continue;
      seen.add(f.name);
      out.push({
        statement: s,
        message: `${f.name} needs PostgreSQL ${f.since} or later; the target is PostgreSQL ${major}, which rejects this statement`,
        help: `Upgrade the server first, or write the migration without ${f.name} (docs/rules/unsupported-by-server-version.md shows the older forms). Check the target version with --pg-version or --url.`,
      });
    }
    return out;
  }),
};
