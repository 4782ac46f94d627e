/**
 * What linting a set of migrations knows from outside each one: the target database's facts (server version,
 * table sizes under the names the migrations give tables, indexes, column types, TimeZone) and the indexes the
 * other migrations of the run create. One place for `lockstep lint --url`, `up`'s lint gate, lintPending and `plan`,
 * so that they judge a migration the same way (test/execution/lint-facts-agree.test.ts).
 */
import type { Session } from '../db/index.js';
import type { ParsedStatement } from '../sql/index.js';
import { statementLocks } from '../locks/index.js';
import { followRenames } from './renames.js';
import { indexesCreated } from './rules/foreign-key-without-index.js';
import { readColumnTypes, readIndexes, readReferencedBy, readServerSettings, readTableSizes } from './table-sizes.js';
import type { LintOptions } from './types.js';

/**
 * `options` plus the database's facts about every relation the statements lock, read once: the server's settings in
 * one query, then sizes, indexes, column types and referencing foreign keys of those relations, one query each.
 */
export async function readDatabaseFacts(session: Session, statements: readonly ParsedStatement[], options: LintOptions): Promise<LintOptions> {
  const server = await readServerSettings(session);
  const pgVersion = options.pgVersion ?? server.version;
  const relations = statements.flatMap((s) => statementLocks(s, { pgVersion }).map((l) => l.relation));
  const sizes = followRenames(await readTableSizes(session, relations), statements);
  return {
    ...options,
    pgVersion,
    tableSizes: new Map([...sizes, ...(options.tableSizes ?? new Map())]),
    knownIndexes: [...(options.knownIndexes ?? []), ...(await readIndexes(session, relations))],
    columnTypes: await readColumnTypes(session, relations, server.currentSchema),
    referencedBy: await readReferencedBy(session, relations),
    serverTimeZone: server.timeZone,
    existingSchemas: server.schemas,
  };
}

type KnownIndexes = LintOptions['knownIndexes'];

/**
 * An index created by another migration of the run counts for foreign-key-without-index. Only that rule reads
 * the list, and only for a migration with a foreign key, so it is built on first read (most runs never do).
 */
export function withRunIndexes(options: LintOptions, statements: () => readonly ParsedStatement[]): LintOptions {
  let all: KnownIndexes;
  return {
    ...options,
    get knownIndexes(): KnownIndexes {
      all ??= [...(options.knownIndexes ?? []), ...indexesCreated(statements().map((stmt) => ({ stmt })))];
      return all;
    },
  };
}
