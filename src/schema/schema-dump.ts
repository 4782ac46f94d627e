import { LockstepError } from '../core/errors.js';
import type { Session } from '../db/index.js';
import { renderSchemaSql } from './render-schema-sql.js';
import { snapshotSchema } from './snapshot-schema.js';
import type { SnapshotOptions } from './types.js';

export type SchemaDumpFormat = 'sql' | 'json';

/** `lockstep schema dump --format sql|json`: the snapshot as DDL-like SQL or as JSON (2-space indented). */
export async function schemaDump(session: Session, format: SchemaDumpFormat, options: SnapshotOptions = {}): Promise<string> {
  if (format !== 'sql' && format !== 'json') {
    throw new LockstepError('LOCKSTEP_E_USAGE', `unknown schema dump format "${String(format)}"`, {
      hint: 'Use --format sql or --format json.',
    });
  }
  const snapshot = await snapshotSchema(session, options);
  return format === 'json' ? `${JSON.stringify(snapshot, null, 2)}\n` : renderSchemaSql(snapshot);
}
