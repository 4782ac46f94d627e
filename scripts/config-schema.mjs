// Part of `npm run build`, after tsc: dist/config.schema.json, the JSON Schema of lockstep.config.json generated
// from the zod schema that validates it at run time (src/config/schema.ts), so the two cannot disagree.
// Editors pick it up through the file's "$schema" (`lockstep init` writes it); it ships as
// `lockstep/config.schema.json`.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { fileConfigSchema } from '../dist/config/schema.js';

// io: 'input' describes what a user writes (a string shorthand for an environment included), not the parsed value.
const schema = z.toJSONSchema(fileConfigSchema, { io: 'input', target: 'draft-2020-12' });
const out = {
  ...schema,
  title: 'Lockstep configuration (lockstep.config.json or "lockstep" in package.json)',
};
writeFileSync(new URL('../dist/config.schema.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
