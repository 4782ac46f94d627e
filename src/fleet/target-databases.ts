import type { ResolvedConfig } from '../config/index.js';
import { createMigrator, type Migrator, type RunEventSink } from '../api/index.js';
import { openDatabase, type Database } from '../db/index.js';
import type { FleetTarget } from './target.js';

/**
 * The fleet's databases, one pool per URL: the schemas of one database share it, so a thousand tenant schemas
 * need a handful of connections, not a thousand.
 */
export class TargetDatabases {
  private readonly open = new Map<string, Database>();

  constructor(private readonly config: ResolvedConfig) {}

  private database(url: string): Database {
    let db = this.open.get(url);
    if (!db) {
      db = openDatabase(url, this.config.cwd, { lockWaitMs: this.config.lockWaitMs });
      this.open.set(url, db);
    }
    return db;
  }

  /** A Migrator on one target, as `lockstep <command> --url <url> [--schema <schema>]` would open it. */
  migrator(target: FleetTarget, onEvent?: RunEventSink): Promise<Migrator> {
    return createMigrator({
      resolved: { ...this.config, url: target.url },
      database: this.database(target.url),
      schema: target.schema,
      onEvent,
    });
  }

  /** Runs `fn` on a target's Migrator and closes it (the pool stays open for the next target). */
  async with<T>(target: FleetTarget, fn: (m: Migrator) => Promise<T>, onEvent?: RunEventSink): Promise<T> {
    const m = await this.migrator(target, onEvent);
    try {
      return await fn(m);
    } finally {
      await m.close();
    }
  }

  async close(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    await Promise.all(all.map((db) => db.close().catch(() => undefined)));
  }
}
