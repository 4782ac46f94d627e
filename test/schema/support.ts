/** Applies SQL to a fresh PGlite or server database and snapshots it. */
import { readFileSync } from 'node:fs';
import { openDatabase, type Database } from '../../src/db/index.js';
import { PgliteDatabase } from '../../src/db/pglite/pglite-database.js';

export const FIXTURE_SQL = readFileSync(new URL('./fixtures/all-kinds.sql', import.meta.url), 'utf8');

/** PGlite needs each contrib extension the fixture creates loaded at start-up. */
export function pglite(): Database {
  return new PgliteDatabase(undefined, { extensions: ['citext'] });
}

export function server(url: string): Database {
  return openDatabase(url);
}
