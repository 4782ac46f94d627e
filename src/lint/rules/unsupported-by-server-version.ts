import { bodyOf, doBlockEndsTransactions, relationName, walk } from '../../sql/index.js';
import { eachStatement } from '../rule-kit.js';
import { partitionedHere } from '../fix/partitioned-index.js';
import { DEFAULT_PG_VERSION } from '../types.js';
import type { MigrationFacts, Report, Rule, StatementFacts } from '../types.js';

/** Syntax a migration may use that older servers reject, with the major version that introduced it. */
interface Feature {
  readonly name: string;
  readonly since: number;
}

/** The features a statement uses that the release notes date (https://www.postgresql.org/docs/release/). */
function featuresOf(s: StatementFacts, facts: MigrationFacts): Feature[] {
  const out: Feature[] = [];
  const stmt = s.stmt;
  if (stmt.kind === 'MergeStmt') out.push({ name: 'MERGE', since: 15 });
  out.push(...eleven(s, facts));
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
    if (key === 'AlterTableCmd' && b.subtype === 'AT_DropExpression') out.push({ name: 'ALTER COLUMN ... DROP EXPRESSION', since: 13 });
    if (key === 'PublicationObjSpec') out.push(...publication(b));
    const recent = RECENT_NODES.get(key);
    if (recent) out.push(recent);
    out.push(...recentForms(key, b));
  });
  out.push(...later(s));
  return out;
}

/**
 * Nodes the parser (libpg-query 18) builds only for syntax of 16 or 17 (release notes 16.0 and 17.0: SQL/JSON).
 * JSON_SCALAR() and JSON_SERIALIZE() were taken out of 16 before its release and came with 17. JSON(text) is not here:
 * older servers run it as a cast to json (JsonParseExpr below).
 */
const RECENT_NODES: ReadonlyMap<string, Feature> = new Map(Object.entries({
  JsonObjectConstructor: { name: 'JSON_OBJECT()', since: 16 },
  JsonArrayConstructor: { name: 'JSON_ARRAY()', since: 16 },
  JsonArrayQueryConstructor: { name: 'JSON_ARRAY()', since: 16 },
  JsonObjectAgg: { name: 'JSON_OBJECTAGG()', since: 16 },
  JsonArrayAgg: { name: 'JSON_ARRAYAGG()', since: 16 },
  JsonIsPredicate: { name: 'IS JSON', since: 16 },
  JsonScalarExpr: { name: 'JSON_SCALAR()', since: 17 },
  JsonSerializeExpr: { name: 'JSON_SERIALIZE()', since: 17 },
  JsonTable: { name: 'JSON_TABLE', since: 17 },
}));

/** JSON_EXISTS, JSON_QUERY and JSON_VALUE share one node; its op names the function (release notes 17.0). */
const JSON_FUNCTIONS: Readonly<Record<string, string>> = { JSON_EXISTS_OP: 'JSON_EXISTS()', JSON_QUERY_OP: 'JSON_QUERY()', JSON_VALUE_OP: 'JSON_VALUE()' };

/** Syntax of 16, 17 and 18 that a node shows in one of its fields (release notes 16.0, 17.0, 18.0). */
function recentForms(key: string, b: Record<string, unknown>): Feature[] {
  const out: Feature[] = [];
  // 15 and older: "subquery in FROM must have an alias" (a VALUES list in FROM is a subquery too).
  if (key === 'RangeSubselect' && !b.alias) out.push({ name: 'a subquery in FROM without an alias', since: 16 });
  // JSON(text) is a cast to json on any version; only the options of 17's JSON() are new.
  const format = (b.expr as { format?: { format_type?: string } } | undefined)?.format?.format_type;
  if (key === 'JsonParseExpr' && (b.unique_keys === true || (format !== undefined && format !== 'JS_FORMAT_DEFAULT'))) {
    out.push({ name: 'JSON(... WITH UNIQUE KEYS) / JSON(... FORMAT JSON)', since: 17 });
  }
  if (key === 'JsonFuncExpr') out.push({ name: own(JSON_FUNCTIONS, b.op as string) ?? 'SQL/JSON query functions', since: 17 });
  if (key === 'MergeStmt' && b.returningClause) out.push({ name: 'MERGE ... RETURNING', since: 17 });
  if (key === 'MergeWhenClause' && b.matchKind === 'MERGE_WHEN_NOT_MATCHED_BY_SOURCE') out.push({ name: 'MERGE ... WHEN NOT MATCHED BY SOURCE', since: 17 });
  if (key === 'AlterTableCmd' && b.subtype === 'AT_SetExpression') out.push({ name: 'ALTER COLUMN ... SET EXPRESSION', since: 17 });
  // Before 18 every generated column is STORED, and the grammar asks for the word.
  if (key === 'Constraint' && b.contype === 'CONSTR_GENERATED' && b.generated_kind === 'v') out.push({ name: 'a virtual generated column (GENERATED ALWAYS AS ... without STORED)', since: 18 });
  // The parser sets is_enforced on every CHECK and foreign key but one written NOT ENFORCED.
  if (key === 'Constraint' && (b.contype === 'CONSTR_CHECK' || b.contype === 'CONSTR_FOREIGN') && b.is_enforced !== true) out.push({ name: 'a NOT ENFORCED constraint', since: 18 });
  if (key === 'ATAlterConstraint' && b.alterEnforceability === true) out.push({ name: 'ALTER CONSTRAINT ... ENFORCED / NOT ENFORCED', since: 18 });
  if (key === 'Constraint' && b.without_overlaps === true) out.push({ name: 'WITHOUT OVERLAPS in a primary key or unique constraint', since: 18 });
  if (key === 'Constraint' && (b.fk_with_period === true || b.pk_with_period === true)) out.push({ name: 'PERIOD in a foreign key', since: 18 });
  if (key === 'Constraint' && b.contype === 'CONSTR_NOTNULL' && b.skip_validation === true) out.push({ name: 'NOT NULL ... NOT VALID', since: 18 });
  if (key === 'returningClause' && ((b.options as unknown[] | undefined) ?? []).length > 0) out.push({ name: 'RETURNING WITH (OLD AS ..., NEW AS ...)', since: 18 });
  return out;
}

/** Publication syntax of 15 (https://www.postgresql.org/docs/release/15.0/): row filters, column lists, schemas. */
function publication(spec: Record<string, unknown>): Feature[] {
  const out: Feature[] = [];
  const table = spec.pubtable as { whereClause?: unknown; columns?: unknown[] } | undefined;
  if (table?.whereClause) out.push({ name: 'row filters in a publication (WHERE)', since: 15 });
  if ((table?.columns ?? []).length > 0) out.push({ name: 'column lists in a publication', since: 15 });
  if (spec.pubobjtype === 'PUBLICATIONOBJ_TABLES_IN_SCHEMA' || spec.pubobjtype === 'PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA') {
    out.push({ name: 'FOR TABLES IN SCHEMA in a publication', since: 15 });
  }
  return out;
}

/** VACUUM and ANALYZE options and the release that added each (release notes 12, 13, 14, 16). */
const VACUUM_OPTIONS: Readonly<Record<string, number>> = {
  index_cleanup: 12, truncate: 12, skip_locked: 12, parallel: 13, process_toast: 14,
  process_main: 16, skip_database_stats: 16, only_database_stats: 16, buffer_usage_limit: 16,
};
/**
 * Settings a migration (or a pg_dump file's header) may SET, and the release that added each (release notes 12, 14, 17):
 * an older server rejects SET of a name it does not know.
 */
const SETTINGS: Readonly<Record<string, number>> = {
  default_table_access_method: 12, default_toast_compression: 14, idle_session_timeout: 14, client_connection_check_interval: 14,
  transaction_timeout: 17,
};
/** Predefined roles a migration may grant, and the release that added each (release notes 11, 14 to 18). */
const ROLES: Readonly<Record<string, number>> = {
  pg_read_server_files: 11, pg_write_server_files: 11, pg_execute_server_program: 11,
  pg_read_all_data: 14, pg_write_all_data: 14, pg_database_owner: 14, pg_checkpoint: 15,
  pg_create_subscription: 16, pg_use_reserved_connections: 16, pg_maintain: 17, pg_signal_autovacuum_worker: 18,
};

/** Additions of 11 to 18 that one statement shows in its own node (release notes of each version). */
function later(s: StatementFacts): Feature[] {
  const out: Feature[] = [];
  const stmt = s.stmt;
  if (bodyOf(stmt, 'CreateFunctionStmt')?.sql_body) out.push({ name: 'SQL-standard function bodies (BEGIN ATOMIC ... END, RETURN)', since: 14 });
  const drop = bodyOf(stmt, 'DropStmt');
  if (drop?.removeType === 'OBJECT_PROCEDURE' || drop?.removeType === 'OBJECT_ROUTINE') out.push({ name: 'procedures (DROP PROCEDURE / DROP ROUTINE)', since: 11 });
  if (stmt.kind === 'AlterStatsStmt') out.push({ name: 'ALTER STATISTICS ... SET STATISTICS', since: 13 });
  const stats = bodyOf(stmt, 'CreateStatsStmt');
  if (stats) {
    if (names(stats.stat_types).includes('mcv')) out.push({ name: 'most-common-values statistics (CREATE STATISTICS ... (mcv))', since: 12 });
    if ((stats.exprs ?? []).some((e) => (e as { StatsElem?: { expr?: unknown } }).StatsElem?.expr)) out.push({ name: 'statistics on expressions', since: 14 });
  }
  const define = bodyOf(stmt, 'DefineStmt');
  if (define?.kind === 'OBJECT_COLLATION' && defNames(define.definition).includes('deterministic')) out.push({ name: 'nondeterministic collations (deterministic = false)', since: 12 });
  const vacuum = bodyOf(stmt, 'VacuumStmt');
  for (const option of defNames(vacuum?.options)) {
    const since = own(VACUUM_OPTIONS, option);
    if (since) out.push({ name: `the ${option.toUpperCase()} option of ${vacuum?.is_vacuumcmd === true ? 'VACUUM' : 'ANALYZE'}`, since });
  }
  if (defNames(bodyOf(stmt, 'ViewStmt')?.options).includes('security_invoker')) out.push({ name: 'security_invoker views', since: 15 });
  const set = bodyOf(stmt, 'VariableSetStmt');
  const settingSince = set?.name ? own(SETTINGS, set.name.toLowerCase()) : undefined;
  if (set?.name && settingSince) out.push({ name: `the setting ${set.name.toLowerCase()}`, since: settingSince });
  const grant = bodyOf(stmt, 'GrantRoleStmt');
  for (const role of (grant?.granted_roles ?? []).map((r) => (r as { AccessPriv?: { priv_name?: string } }).AccessPriv?.priv_name ?? '')) {
    const since = own(ROLES, role);
    if (since) out.push({ name: `the predefined role ${role}`, since });
  }
  // GRANT role TO member WITH INHERIT / SET (release notes 16.0); WITH ADMIN OPTION is older and looks the same as WITH ADMIN TRUE.
  for (const option of defNames(grant?.opt)) {
    if (option === 'inherit' || option === 'set') out.push({ name: `GRANT ... WITH ${option.toUpperCase()}`, since: 16 });
  }
  return out;
}

/** A table's own entry: a role or option named "constructor" is not Object.prototype's. */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function names(list: unknown): string[] {
  return ((list as unknown[] | undefined) ?? []).map((n) => (n as { String?: { sval?: string } }).String?.sval ?? '');
}

function defNames(list: unknown): string[] {
  return ((list as unknown[] | undefined) ?? []).map((n) => (n as { DefElem?: { defname?: string } }).DefElem?.defname ?? '');
}

const KEYS = new Set(['CONSTR_PRIMARY', 'CONSTR_UNIQUE']);

/** PostgreSQL 11's additions (https://www.postgresql.org/docs/release/11.0/) that one statement shows on its own. */
function eleven(s: StatementFacts, facts: MigrationFacts): Feature[] {
  const out: Feature[] = [];
  const stmt = s.stmt;
  if (bodyOf(stmt, 'CreateFunctionStmt')?.is_procedure === true) out.push({ name: 'procedures (CREATE PROCEDURE)', since: 11 });
  if (stmt.kind === 'CallStmt') out.push({ name: 'CALL', since: 11 });
  // Transaction control in DO blocks came with procedures (release notes 11: "in procedures and DO blocks").
  if (stmt.kind === 'DoStmt' && doBlockEndsTransactions(stmt)) out.push({ name: 'COMMIT or ROLLBACK in a DO block', since: 11 });
  // The parser leaves inh out when ONLY was written.
  const index = bodyOf(stmt, 'IndexStmt');
  if (index && index.relation?.inh !== true) out.push({ name: 'CREATE INDEX ... ON ONLY', since: 11 });
  // The AST does not tell EXECUTE FUNCTION from EXECUTE PROCEDURE: the statement's text does.
  if (stmt.kind === 'CreateTrigStmt' && /\bEXECUTE\s+FUNCTION\b/i.test(stmt.sql)) out.push({ name: 'EXECUTE FUNCTION in CREATE TRIGGER (10 spells it EXECUTE PROCEDURE)', since: 11 });
  const create = bodyOf(stmt, 'CreateStmt');
  if (create?.partspec && hasKey(create.tableElts)) out.push({ name: 'a primary key or unique constraint on a partitioned table', since: 11 });
  if (index && partitionedHere(relationName(index.relation) ?? '', s, facts)) out.push({ name: 'an index on a partitioned table', since: 11 });
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
const NEWEST = 18;

/**
 * The newest features the rule reports against a version: all of them when the version is known (--pg-version,
 * lint.pgVersion, the connected server); with the assumed default, none newer than that default, so that users of
 * newer servers who did not say so see no false alarm.
 */
function reportsUpTo(facts: MigrationFacts): number {
  return facts.pgVersionKnown ? NEWEST : DEFAULT_PG_VERSION;
}

/** Syntax the target server does not have yet fails when the migration runs, after the ones before it committed. */
export const unsupportedByServerVersion: Rule = {
  id: 'unsupported-by-server-version',
  defaultSeverity: 'error',
  description: 'the statement uses syntax the target PostgreSQL version does not have (e.g. REINDEX CONCURRENTLY before 12)',
  docs: 'docs/rules/unsupported-by-server-version.md',
  lockHazard: false,
  // Expressions anywhere (a subquery, JSON_OBJECT()) carry features since 16: every statement kind is looked at.
  check: eachStatement((s, ctx): Report[] => {
    const major = ctx.facts.pgMajor;
    const upTo = reportsUpTo(ctx.facts);
    if (major >= upTo) return [];
    const seen = new Set<string>();
    const out: Report[] = [];
    for (const f of featuresOf(s, ctx.facts)) {
      if (f.since <= major || f.since > upTo || seen.has(f.name)) continue;
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
