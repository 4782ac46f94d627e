import { renderComments } from './render/render-comments.js';
import {
  renderConstraints,
  renderIndexes,
  renderRowSecurity,
  renderTables,
  renderTriggers,
  renderViews,
} from './render/render-relations.js';
import { renderExtensionsAndSchemas, renderFunctions, renderSequenceOwners, renderSequences, renderTypes } from './render/render-types.js';
import type { SchemaSnapshot } from './types.js';

/**
 * A readable, deterministic DDL-like dump of a snapshot, in dependency-friendly order. It is close
 * to replayable but not guaranteed to be (e.g. a function used by a column default is created
 * before the table, but a view that a function reads is created after it); use it to read and
 * review a schema, not to restore one.
 */
export function renderSchemaSql(snapshot: SchemaSnapshot): string {
  const body = schemaSections(snapshot)
    .filter(([, statements]) => statements.length > 0)
    .map(([title, statements]) => `-- ${title}\n\n${statements.join('\n\n')}`)
    .join('\n\n');
  // Like pg_dump: SQL function bodies may name tables that come later in the dump.
  return `-- Lockstep schema dump\n\nSET check_function_bodies = false;\n\n${body}\n`;
}

/**
 * The snapshot's DDL by section, each section's statements in order: what renderSchemaSql prints and what a
 * shadow built from a live schema runs (src/rehearsal/load-schema.ts).
 */
export function schemaSections(snapshot: SchemaSnapshot): ReadonlyArray<readonly [string, string[]]> {
  return [
    ['Schemas and extensions', renderExtensionsAndSchemas(snapshot)],
    ['Types', renderTypes(snapshot)],
    ['Sequences', renderSequences(snapshot)],
    ['Functions and procedures', renderFunctions(snapshot)],
    ['Tables', renderTables(snapshot)],
    ['Sequence ownership', renderSequenceOwners(snapshot)],
    ['Constraints', renderConstraints(snapshot)],
    ['Views', renderViews(snapshot)],
    ['Indexes', renderIndexes(snapshot)],
    ['Triggers', renderTriggers(snapshot)],
    ['Row-level security', renderRowSecurity(snapshot)],
    ['Comments', renderComments(snapshot)],
  ];
}
