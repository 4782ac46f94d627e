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
  return validateModule(exportsOf(namespace), section);
}

/** The object holding up/down: the module namespace, or its default export (CommonJS, `export default {...}`). */
function exportsOf(namespace: unknown): Readonly<Record<string, unknown>> {
  const ns = (namespace ?? {}) as Record<string, unknown>;
  if (ns.up === undefined && typeof ns.default === 'object' && ns.default !== null) return ns.default as Record<string, unknown>;
  return ns;
}

function validateModule(exports: Readonly<Record<string, unknown>>, section: ModuleSection): MigrationModule {
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
