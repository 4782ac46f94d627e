/**
 * Imports a module migration when the runner needs it. JavaScript goes through Node's own import();
 * TypeScript through tsx's scoped `tsImport`, which compiles it on the fly without registering a
 * loader for the whole process.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LockstepError } from '../core/errors.js';
import type { MigrationContext, MigrationModule, ModuleSection } from '../core/types.js';

type MigrationFn = (ctx: MigrationContext) => Promise<void> | void;

const SHAPE_HINT =
  'Export `async function up(ctx)` and `async function down(ctx)` that use ctx.query/ctx.exec ' +
  '(or `export default { up, down }`); mark a migration that cannot be undone with `// lockstep:irreversible` and omit down.';

export async function importMigrationModule(section: ModuleSection): Promise<MigrationModule> {
  const absolute = section.absolutePath ?? resolve(section.path);
  const url = pathToFileURL(absolute).href;
  let namespace: unknown;
  try {
    namespace = /\.[mc]?ts$/i.test(absolute) ? await (await import('tsx/esm/api')).tsImport(url, import.meta.url) : await import(url);
  } catch (err) {
    throw new LockstepError('LOCKSTEP_E_MODULE_INVALID', `${section.path} could not be imported: ${(err as Error).message ?? String(err)}`, {
      hint: 'Fix the error above (run the file with `npx tsx <file>` to see it on its own); only the module itself was loaded, nothing ran against the database.',
      location: { file: section.path },
      cause: err,
    });
  }
  return validateModule(moduleExports(namespace), section);
}

type Exports = Readonly<Record<string, unknown>>;

/**
 * Where the module's exports can be, in order: the named exports; the default export object
 * (`export default { up, down }`, or CommonJS `module.exports`, of which Node's lexer may have detected
 * only some names); and, for TypeScript that tsx compiled to CommonJS (a `.ts`/`.cts` file outside a
 * `"type": "module"` package), that object's own `default`.
 */
function exportLayers(namespace: unknown): Exports[] {
  const layers: Exports[] = [];
  let current = namespace;
  while (layers.length < 3 && typeof current === 'object' && current !== null) {
    layers.push(current as Exports);
    current = (current as Exports).default;
  }
  return layers;
}

/** Each of up, down and transaction from the first place that exports it: named exports first, then the default object. */
function moduleExports(namespace: unknown): { up: unknown; down: unknown; transaction: unknown } {
  const layers = exportLayers(namespace);
  const pick = (name: string): unknown => layers.find((l) => l[name] !== undefined)?.[name];
  return { up: pick('up'), down: pick('down'), transaction: pick('transaction') };
}

function validateModule(exports: { up: unknown; down: unknown; transaction: unknown }, section: ModuleSection): MigrationModule {
  const { up, down, transaction } = exports;
  const problems: string[] = [];
  if (typeof up !== 'function') problems.push(up === undefined ? 'it does not export up(ctx)' : 'its `up` export is not a function');
  if (down !== undefined && typeof down !== 'function') problems.push('its `down` export is not a function');
  if (down === undefined && section.exportName === 'down') problems.push('it does not export down(ctx), and it is not marked `// lockstep:irreversible`');
  if (transaction !== undefined && typeof transaction !== 'boolean') problems.push('its `transaction` export is not true or false');
  if (problems.length > 0) {
    throw new LockstepError('LOCKSTEP_E_MODULE_INVALID', `${section.path} is not a valid migration module: ${problems.join('; ')}`, {
      hint: SHAPE_HINT,
      location: { file: section.path },
    });
  }
  return {
    up: up as MigrationFn,
    down: typeof down === 'function' ? (down as MigrationFn) : undefined,
    ...(typeof transaction === 'boolean' ? { transaction } : {}),
  };
}
