import type { SchemaInfo } from '../types.js';
import { catalogRows, commentOf, notFromExtension, sortBy, text, textOrNull, userSchema, type IntrospectContext } from './context.js';

export async function introspectSchemas(ctx: IntrospectContext): Promise<SchemaInfo[]> {
  const rows = await catalogRows(
    ctx,
    `select n.nspname as name, ${commentOf('pg_namespace', 'n.oid')} as comment
       from pg_catalog.pg_namespace n
      where ${userSchema('n')} and ${notFromExtension('pg_namespace', 'n.oid')}`,
  );
  return sortBy(
    rows.map((r) => ({ name: text(r, 'name'), comment: textOrNull(r, 'comment') })),
    (s) => s.name,
  );
}
