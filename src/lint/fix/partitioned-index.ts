/**
 * CREATE INDEX CONCURRENTLY is refused on a partitioned table ("cannot create index on partitioned table ...
 * concurrently"). The way to index one without blocking writes: an index ON ONLY the parent (instant: the parent
 * holds no rows; it starts invalid), a concurrent build on each partition, and ALTER INDEX ... ATTACH PARTITION for
 * each; the parent's index becomes valid when every partition has one attached
 * (https://www.postgresql.org/docs/current/ddl-partitioning.html#DDL-PARTITIONING-DECLARATIVE-MAINTENANCE).
 * require-concurrent-index gives this pattern as its help, and --fix lists it instead of a rewrite.
 */
import type { NodeOf } from '../../sql/index.js';
import { bodyOf, nodeAs, relationName } from '../../sql/index.js';
import { byName, sameName } from '../../locks/index.js';
import { quoteIdent, quoteQualified } from '../quote-ident.js';
import type { LintOptions, MigrationFacts, StatementFacts } from '../types.js';
import type { ParsedStatement } from '../../sql/index.js';
import { casedName } from './sql-text.js';

/** The pattern for this CREATE INDEX, with its names and columns (an expression shows as `...`). */
export function partitionedIndexPattern(index: NodeOf<'IndexStmt'>): string {
  const table = relationName(index.relation) ?? '?';
  const relname = index.relation?.relname ?? 'table';
  const elems = (index.indexParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.name);
  const name = index.idxname ?? casedName(relname, ...elems.map((c) => c ?? 'expr'), 'idx');
  const schema = index.relation?.schemaname;
  const cols = elems.map((c) => (c ? quoteIdent(c) : '...')).join(', ');
  const unique = index.unique ? 'UNIQUE ' : '';
  const parentIndex = quoteQualified(schema ? `${schema}.${name}` : name);
  return (
    `${quoteQualified(table)} is partitioned, and CREATE INDEX CONCURRENTLY cannot run on a partitioned table. Instead: ` +
    `CREATE ${unique}INDEX IF NOT EXISTS ${quoteIdent(name)} ON ONLY ${quoteQualified(table)} (${cols}) (instant: it indexes no partition yet and stays invalid); ` +
    `then, in a "-- lockstep:no-transaction" migration, for each partition CREATE ${unique}INDEX CONCURRENTLY IF NOT EXISTS <partition>_idx ON <partition> (${cols}) ` +
    `and ALTER INDEX ${parentIndex} ATTACH PARTITION <partition>_idx; the index on ${quoteQualified(table)} becomes valid once every partition's is attached.`
  );
}

/** The database says the table is partitioned (relkind 'p'), looked up as facts.sizeOf does. */
export function knownPartitioned(options: LintOptions, table: string): boolean {
  return options.tableSizes ? byName(options.tableSizes, table)?.partitioned === true : false;
}

/**
 * CREATE INDEX ... ON ONLY taken as the first step on a partitioned parent: it indexes no partition (instant, no scan).
 * ON ONLY means nothing on a plain table (PostgreSQL builds the index as usual; test/lint/rules/server-facts.test.ts), so
 * without the database's sizes it is taken as written for a partitioned table; with them, only a known one counts.
 */
export function onlyPartitionedParent(index: NodeOf<'IndexStmt'>, options: LintOptions): boolean {
  // inh is true unless ONLY was written (the parser leaves a false out).
  if (index.relation?.inh === true) return false;
  const table = relationName(index.relation) ?? '?';
  const known = options.tableSizes ? byName(options.tableSizes, table) : undefined;
  return known === undefined || known.partitioned === true;
}

/** The table a CREATE TABLE ... PARTITION BY declares partitioned, if the statement is one. */
export function declaredPartitioned(stmt: ParsedStatement): string | undefined {
  const create = bodyOf(stmt, 'CreateStmt');
  return create?.partspec ? relationName(create.relation) : undefined;
}

/** This migration declared `name` partitioned (CREATE TABLE … PARTITION BY) before `at`. */
export function partitionedHere(name: string, at: StatementFacts, facts: MigrationFacts): boolean {
  return facts.ofKind('CreateStmt').some((x) => {
    if (x.index >= at.index) return false;
    const declared = declaredPartitioned(x.stmt);
    return declared !== undefined && sameName(declared, name);
  });
}

export function isPartitionedIn(names: Iterable<string>, table: string): boolean {
  for (const n of names) if (sameName(n, table)) return true;
  return false;
}
