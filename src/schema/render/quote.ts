/**
 * Quoting for the SQL dump. Reserved key words from
 * https://www.postgresql.org/docs/current/sql-keywords-appendix.html (those PostgreSQL marks
 * "reserved", including "can be function or type") cannot be bare identifiers.
 */
const RESERVED = new Set(
  `all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation
  column concurrently constraint create cross current_catalog current_date current_role current_schema current_time
  current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze
  from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit
  localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references
  returning right select session_user similar some symmetric system_user table tablesample then to trailing true
  union unique user using variadic verbose when where window with`.split(/\s+/),
);

export function quoteIdent(name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

/** "schema.name", each part quoted as needed. */
export function qname(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A "schema.table" or "schema.table.column" key from the snapshot, quoted part by part. */
export function qpath(path: string): string {
  return path.split('.').map(quoteIdent).join('.');
}

export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
