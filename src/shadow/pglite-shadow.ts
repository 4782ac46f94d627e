import { LockstepError } from '../core/errors.js';
import { PgliteDatabase } from '../db/pglite/pglite-database.js';
import { discardTemplate, readTemplate, templatePath, writeTemplate } from './pglite-template.js';
import type { Shadow, ShadowOptions } from './types.js';

const NAME = 'pglite://memory';

/**
 * An in-memory PGlite. After the first start in a machine's lifetime (initdb, a few seconds), it is
 * started from the cached template: the data directory of a fresh instance, dumped right after initdb.
 */
export async function openPgliteShadow(options: Pick<ShadowOptions, 'extensions' | 'cacheDir'>): Promise<Shadow> {
  const started = performance.now();
  const path = templatePath(options.cacheDir);
  const extensions = options.extensions ?? [];
  const template = await readTemplate(path);
  if (template) {
    const db = new PgliteDatabase(undefined, { loadDataDir: template, extensions });
    try {
      await ready(db);
      return shadow(db, started, true);
    } catch {
      // A template this PGlite cannot start from (e.g. left by an incompatible build): rebuild it.
      await db.close().catch(() => undefined);
      await discardTemplate(path);
    }
  }
  const db = new PgliteDatabase(undefined, { extensions });
  try {
    await ready(db);
    // The fresh instance has run nothing yet: its data directory is the template, and it is itself the first shadow.
    await writeTemplate(path, await db.dumpDataDir());
  } catch (err) {
    await db.close().catch(() => undefined);
    throw new LockstepError('LOCKSTEP_E_SHADOW', `cannot start the PGlite shadow: ${err instanceof Error ? err.message : String(err)}`, {
      hint: `Check that ${path} can be written and that @electric-sql/pglite is installed, or pass --shadow-url to rehearse on a PostgreSQL server.`,
      cause: err,
    });
  }
  return shadow(db, started, false);
}

/** PgliteDatabase starts lazily; a first query makes the start part of startMs. */
async function ready(db: PgliteDatabase): Promise<void> {
  const session = await db.connect('lockstep shadow');
  await session.query('select 1');
  await session.release();
}

function shadow(db: PgliteDatabase, started: number, fromTemplate: boolean): Shadow {
  let closed: Promise<void> | undefined;
  return {
    db,
    kind: 'pglite',
    startMs: performance.now() - started,
    name: NAME,
    fromTemplate,
    dispose: () => (closed ??= db.close()),
  };
}
