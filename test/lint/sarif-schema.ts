/** The SARIF 2.1.0 schema (fixtures/sarif-2.1.0-rtm.5.json) compiled once, for tests that check SARIF output. */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  // The schema is draft-04; its only draft-04 keyword in use is the top-level "id".
  const { id, $schema: _drop, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile({ ...rest, $id: String(id) });
}
