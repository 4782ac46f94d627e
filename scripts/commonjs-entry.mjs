// Part of `npm run build`, after tsc: the CommonJS entry of the package (`require('lockstep')`, and TypeScript
// migrations that tsx compiles to CommonJS in a "type": "commonjs" project).
//
// dist/index.cjs loads the one ES module build through require(esm), on by default from Node.js 20.19
// (https://nodejs.org/api/modules.html#loading-ecmascript-modules-using-require), so both module systems share
// one copy of Lockstep (one LockstepError class, one backfill runtime) rather than two.
//
// Its types are the declarations again as .d.cts files whose relative imports end in .cjs: TypeScript then
// reads them as CommonJS under every module setting (node16 included), where a .d.cts re-exporting the .d.ts
// would be refused as a require() of an ES module.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

writeFileSync(join(dist, 'index.cjs'), [
  '"use strict";',
  '// CommonJS entry: the ES module build through require(esm) (Node.js >= 20.19). See scripts/commonjs-entry.mjs.',
  "module.exports = require('./index.js');",
  '',
].join('\n'));

const RELATIVE_JS = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\.js\2/g;

for (const entry of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (!entry.endsWith('.d.ts')) continue;
  const text = readFileSync(join(dist, entry), 'utf8');
  writeFileSync(join(dist, entry.replace(/\.d\.ts$/, '.d.cts')), text.replace(RELATIVE_JS, '$1$2$3.cjs$2'));
}
