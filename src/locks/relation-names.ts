/**
 * Relation names as PostgreSQL resolves them: what a statement creates or renames, and when two written names
 * may denote the same relation (an unqualified name resolves through the search_path). Lint's new-object
 * exemption, pre-flight's lock list and the renames follow them.
 */
import type { ParsedStatement } from '../sql/index.js';
import { bodyOf, dottedName, relationName } from '../sql/index.js';

/** What the statement creates, for the new-object exemption. */
export function createdNames(stmt: ParsedStatement): string[] {
  const create = bodyOf(stmt, 'CreateStmt');
  if (create) return [relationName(create.relation) ?? ''];
  const ctas = bodyOf(stmt, 'CreateTableAsStmt');
  if (ctas) return [relationName(ctas.into?.rel) ?? ''];
  const view = bodyOf(stmt, 'ViewStmt');
  if (view) return [relationName(view.view) ?? ''];
  const seq = bodyOf(stmt, 'CreateSeqStmt');
  if (seq) return [relationName(seq.sequence) ?? ''];
  const index = bodyOf(stmt, 'IndexStmt');
  if (index?.idxname) return [index.relation?.schemaname ? `${index.relation.schemaname}.${index.idxname}` : index.idxname];
  const en = bodyOf(stmt, 'CreateEnumStmt');
  if (en) return [dottedName(en.typeName)];
  const dom = bodyOf(stmt, 'CreateDomainStmt');
  if (dom) return [dottedName(dom.domainname)];
  const comp = bodyOf(stmt, 'CompositeTypeStmt');
  if (comp) return [relationName(comp.typevar) ?? ''];
  const range = bodyOf(stmt, 'CreateRangeStmt');
  if (range) return [dottedName(range.typeName)];
  return [];
}

/** A renamed relation's old and new names: the new one is new only if the old one was (an existing table keeps its rows). */
export function renamedRelation(stmt: ParsedStatement): { from: string; to: string } | undefined {
  const rename = bodyOf(stmt, 'RenameStmt');
  if (!rename?.newname || !rename.relation || !['OBJECT_TABLE', 'OBJECT_INDEX', 'OBJECT_VIEW', 'OBJECT_MATVIEW'].includes(rename.renameType ?? '')) return undefined;
  const from = relationName(rename.relation);
  if (!from) return undefined;
  return { from, to: rename.relation.schemaname ? `${rename.relation.schemaname}.${rename.newname}` : rename.newname };
}

/** "s.t" → "t". */
export function bareName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** Matches "s.t" with "s.t" or "t" (an unqualified name may resolve to any schema on the search_path). */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (bareName(a) !== bareName(b)) return false;
  return !a.includes('.') || !b.includes('.');
}

/** The entry of `map` for a relation: under its exact name, else under a name sameName() matches. */
export function byName<T>(map: ReadonlyMap<string, T>, name: string): T | undefined {
  const exact = map.get(name);
  if (exact !== undefined) return exact;
  for (const [known, value] of map) if (sameName(known, name)) return value;
  return undefined;
}
