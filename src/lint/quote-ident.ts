/**
 * Identifiers written back as SQL (by --fix, and in the rules' help texts) so that copying them works. The parser
 * hands us names already case-folded: `"Email"` arrives as `Email`, `Email` unquoted as `email`. A name must be
 * quoted again unless it is all lower-case `[a-z_][a-z0-9_$]*` and not a keyword PostgreSQL refuses as a table or
 * column name.
 */

/**
 * PostgreSQL's reserved keywords and those it allows only as function or type names (pg_get_keywords() catcode
 * 'R' and 'T' on PostgreSQL 15, plus system_user from 16). libpg-query exposes no keyword list to JavaScript, so
 * this is kept by hand; test/lint/quote-ident.test.ts checks that the server's list holds nothing missing here.
 * Unreserved and column-name keywords (name, type, position, ...) are valid names unquoted and are not listed.
 */
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation column ' +
    'concurrently constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp ' +
    'current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full grant group having ' +
    'ilike in initially inner intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not ' +
    'notnull null offset on only or order outer overlaps placing primary references returning right select session_user similar ' +
    'some symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when where window with'
  ).split(' '),
);

/** The keywords quoteIdent always quotes (for the test that compares them with the server's). */
export const QUOTED_KEYWORDS: ReadonlySet<string> = RESERVED;

/** `users` → `users`; `Users` → `"Users"`; `user` → `"user"`; `a"b` → `"a""b"`. */
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** A possibly schema-qualified name as the linter keeps it (`app.Users`) → `app."Users"`, each part quoted as needed. */
export function quoteQualified(name: string): string {
  return name.split('.').map(quoteIdent).join('.');
}
