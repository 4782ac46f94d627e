/**
 * What a run of statements leaves in the database: every table, view, sequence, index and type they create
 * and do not drop or rename away later. `baseline` asks the target whether those objects exist before it marks
 * the migrations that create them applied.
 */
import type { ParsedStatement } from '../../sql/index.js';
import { bodyOf, droppedNames } from '../../sql/index.js';
import { createdNames, renamedRelation, sameName } from '../../locks/index.js';

function forget<T>(left: Map<string, T>, name: string): T | undefined {
  for (const [known, owner] of left) {
    if (sameName(known, name)) {
      left.delete(known);
      return owner;
    }
  }
  return undefined;
}

/** Names (schema-qualified when written so) of the objects left, each with the owner of the statement that created it. */
export function objectsLeftBy<T>(statements: Iterable<{ readonly stmt: ParsedStatement; readonly owner: T }>): Map<string, T> {
  const left = new Map<string, T>();
  for (const { stmt, owner } of statements) {
    for (const name of createdNames(stmt)) if (name) left.set(name, owner);
    const drop = bodyOf(stmt, 'DropStmt');
    if (drop) for (const name of droppedNames(drop.objects)) forget(left, name);
    const rename = renamedRelation(stmt);
    if (rename) {
      const creator = forget(left, rename.from);
      if (creator !== undefined) left.set(rename.to, creator);
    }
  }
  return left;
}
