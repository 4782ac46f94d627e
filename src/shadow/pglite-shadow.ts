import { performance } from 'node:perf_hooks';
import { LockstepError } from '../core/errors.js';
import { PgliteDatabase } from '../db/index.js';
import { discardTemplate, readTemplate, templatePath, writeTemplate } from './pglite-template.js';
import type { Shadow, ShadowOptions } from './types.js';

const NAME = 'pglite://memory';

/** PGlite's PostgreSQL major version (@electric-sql/pglite 0.5: PostgreSQL 18; test/shadow checks it). */
export const PGLITE_MAJOR = 18;

/**
 * An in-memory PGlite. After the first start in a machine's lifetime (initdb, a few seconds), it is
 * started from the cached template: the data directory of a fresh instance, dumped right after initdb.
 * A checkpoint is a dump of the data directory; a restore starts a new instance from it.
 */
export async function openPgliteShadow(options: Pick<ShadowOptions, 'extensions' | 'cacheDir'>, notes: readonly string[] = []): Promise<Shadow> {
  const started = performance.now();
  const path = templatePath(options.cacheDir);
  const extensions = options.extensions ?? [];
  const template = await readTemplate(path);
  if (template) {
    const db = new PgliteDatabase(undefined, { loadDataDir: template, extensions });
    try {
      await ready(db);
      return shadow(db, { started, fromTemplate: true, template, extensions, notes });
    } catch {
      // A template this PGlite cannot start from (e.g. left by an incompatible build): rebuild it.
      await db.close().catch(() => undefined);
      await discardTemplate(path);
    }
  }
  const db = new PgliteDatabase(undefined, { extensions });
  let fresh: Uint8Array;
  try {
    await ready(db);
    // The fresh instance has run nothing yet: its data directory is the template, and it is itself the first shadow.
    fresh = await db.dumpDataDir();
    await writeTemplate(path, fresh);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw new LockstepError('LOCKSTEP_E_SHADOW', `cannot start the PGlite shadow: ${err instanceof Error ? err.message : String(err)}`, {
      hint: `Check that ${path} can be written and that @electric-sql/pglite is installed, or pass --shadow-url to rehearse on a PostgreSQL server.`,
      cause: err,
    });
  }
  return shadow(db, { started, fromTemplate: false, template: new Blob([fresh]), extensions, notes });
}

/** PgliteDatabase starts lazily; a first query makes the start part of startMs. */
async function ready(db: PgliteDatabase): Promise<void> {
  const session = await db.connect('lockstep shadow');
  await session.query('select 1');
  await session.release();
}

interface Start {
  readonly started: number;
  readonly fromTemplate: boolean;
  /** The empty database, for a restore before any checkpoint. */
  readonly template: Blob;
  readonly extensions: readonly string[];
  readonly notes: readonly string[];
}

function shadow(first: PgliteDatabase, s: Start): Shadow {
  let db = first;
  let saved: Blob | undefined;
  let closed: Promise<readonly string[]> | undefined;
  return {
    get db() {
      return db;
    },
    kind: 'pglite', startMs: performance.now() - s.started, name: NAME, fromTemplate: s.fromTemplate, binaries: null, notes: s.notes,
    async checkpoint() {
      const t0 = performance.now();
      saved = new Blob([await db.dumpDataDir()]);
      return performance.now() - t0;
    },
    async restore() {
      const t0 = performance.now();
      await db.close();
      db = new PgliteDatabase(undefined, { loadDataDir: saved ?? s.template, extensions: s.extensions });
      await ready(db);
      return performance.now() - t0;
    },
    dispose: () => (closed ??= db.close().then(() => [])),
  };
}
