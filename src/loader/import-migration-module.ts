/**
 * Imports a module migration when the runner needs it. JavaScript goes through Node's own import();
 * TypeScript through tsx's scoped `tsImport`, which compiles it on the fly without registering a
 * loader for the whole process.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LockstepError, type SourceLocation } from '../core/errors.js';
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
    const location = locate(err, section.path, absolute, syntaxCheck(err, absolute));
    const at = location.line ? `${section.path}:${location.line}` : section.path;
    throw new LockstepError('LOCKSTEP_E_MODULE_INVALID', `${section.path} could not be imported: ${messageOf(err)}`, {
      hint: `Fix ${at} (\`npx tsx ${section.path}\` shows the error on its own). Only the file was loaded: nothing ran against the database.`,
      location,
      cause: err,
    });
  }
  const mod = validateModule(moduleExports(namespace), section);
  return {
    ...mod,
    up: reporting(mod.up, 'up', section, absolute),
    ...(mod.down ? { down: reporting(mod.down, 'down', section, absolute) } : {}),
  };
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).trim();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The module's line (and column) in an error: the first stack frame in the file (a throw in up/down), or
 * where Node's or esbuild's syntax error points (the stack's first line, or `file:line:col: ERROR` in the
 * message). Without one, the file alone.
 */
function locate(err: unknown, display: string, absolute: string, extra = ''): SourceLocation {
  const text = `${err instanceof Error ? `${err.stack ?? ''}\n${err.message}` : ''}\n${extra}`;
  const file = `(?:${escape(pathToFileURL(absolute).href)}|${escape(absolute)})(?:\\?[^:\\s)]*)?`;
  const m = new RegExp(`${file}:(\\d+)(?::(\\d+)(: ERROR)?)?`).exec(text);
  if (!m) return { file: display };
  // esbuild counts columns from 0.
  const column = m[2] ? Number(m[2]) + (m[3] ? 1 : 0) : undefined;
  return { file: display, line: Number(m[1]), ...(column ? { column } : {}) };
}

/**
 * Node's SyntaxError from import() of JavaScript does not say where (the position is only printed for an
 * uncaught error), so ask `node --check`, which parses the file without running it.
 */
function syntaxCheck(err: unknown, absolute: string): string {
  if (!(err instanceof SyntaxError) || !/\.[mc]?js$/i.test(absolute)) return '';
  const res = spawnSync(process.execPath, ['--check', absolute], { encoding: 'utf8', timeout: 10_000 });
  return res.stderr ?? '';
}

const LOCK_NOT_AVAILABLE = '55P03';
const DEADLOCK_DETECTED = '40P01';

/** The SQLSTATE of a database error (the session's DbError), if that is what was thrown. */
function sqlStateOf(err: unknown): string | undefined {
  const state = (err as { sqlState?: unknown } | null)?.sqlState;
  return typeof state === 'string' ? state : undefined;
}

/**
 * Wraps up/down so that what they throw says which migration and file failed, with a hint that fits.
 * Lockstep's own errors (an interrupted run) and lock timeouts (retried by the runner) pass unchanged.
 */
function reporting(fn: MigrationFn, name: 'up' | 'down', section: ModuleSection, absolute: string): MigrationFn {
  return async (ctx) => {
    try {
      await fn(ctx);
    } catch (err) {
      if (err instanceof LockstepError) throw err;
      const sqlState = sqlStateOf(err);
      if (sqlState === LOCK_NOT_AVAILABLE || sqlState === DEADLOCK_DETECTED) throw err;
      const location = locate(err, section.path, absolute);
      const at = location.line ? `${section.path}:${location.line}` : section.path;
      const command = name === 'up' ? 'lockstep up' : 'lockstep down';
      throw new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `migration ${ctx.version} failed: ${name}(ctx) in ${section.path} threw: ${messageOf(err)}${sqlState ? ` (SQLSTATE ${sqlState})` : ''}`, {
        hint: `Fix ${name}(ctx) (${at}), then run \`${command}\` again. Run in a transaction (the default), everything it did was rolled back; with \`transaction = false\` or \`// lockstep:no-transaction\`, what it did before the error stays, so it must be safe to run again.`,
        location,
        details: { version: ctx.version, ...(sqlState ? { sqlState } : {}) },
        cause: err,
      });
    }
  };
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
