/**
 * A section's statements, split once for every command: by the PostgreSQL parser, or as the file delimits them itself
 * (goose/sql-migrate StatementBegin/End blocks, drizzle breakpoints). A delimited block is sent as one query, as its
 * tool sends it; the statements inside it are still parsed one by one for the linter.
 */
import { LockstepError } from '../core/errors.js';
import type { SqlSection, SqlStatement } from '../core/types.js';
import { parseSection, type ParsedStatement } from '../sql/index.js';

export interface SectionStatements {
  /** What is sent to the server, one query each (a delimited block is one, with its first statement's AST). */
  readonly units: readonly ParsedStatement[];
  /** Every statement, with its place in the file; `unitOf[i]` is the unit statement i is sent in. */
  readonly parsed: readonly ParsedStatement[];
  readonly unitOf: readonly number[];
}

export function sectionStatements(section: SqlSection): SectionStatements {
  if (!section.explicitStatements) {
    const parsed = parseSection(section);
    return { units: parsed, parsed, unitOf: parsed.map((_, i) => i) };
  }
  const units: ParsedStatement[] = [];
  const parsed: ParsedStatement[] = [];
  const unitOf: number[] = [];
  for (const explicit of section.explicitStatements) {
    const parts = parseSection({ sql: explicit.sql, path: section.path, startLine: explicit.line }).map((p) => inFile(p, explicit));
    const first = parts[0];
    if (!first) {
      throw new LockstepError('LOCKSTEP_E_EMPTY_UP', `empty statement block at ${section.path}:${explicit.line}`, {
        hint: 'Remove the empty StatementBegin/StatementEnd block (or the empty piece between two breakpoints).',
        location: { file: section.path, line: explicit.line },
      });
    }
    for (const p of parts) {
      parsed.push(p);
      unitOf.push(units.length);
    }
    units.push({ ...explicit, node: first.node, kind: first.kind, elidedRows: first.elidedRows });
  }
  return { units, parsed, unitOf };
}

/** A statement parsed from a delimited block, placed in the file: offsets into the section, columns on the block's first line shifted. */
function inFile(p: ParsedStatement, block: SqlStatement): ParsedStatement {
  return {
    ...p,
    start: p.start + block.start,
    end: p.end + block.start,
    column: p.line === block.line ? p.column + block.column - 1 : p.column,
    endColumn: p.endLine === block.line ? p.endColumn + block.column - 1 : p.endColumn,
  };
}
