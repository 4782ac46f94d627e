import type { ResolvedConfig } from '../config/index.js';
import { createMigrator, type Migrator, type RunEventSink } from '../api/index.js';
import { openDatabase, type Database } from '../db/index.js';
import type { FleetTarget } from './target.js';

/**
 * How many targets migrate at once through one Database. A run holds a session for its run lock and may open a
 * second one (watching an index build), and a pg Database pools at most 10 connections: past that, `connect` waits
 * and then fails as if the server were unreachable. A runner with a higher --concurrency opens more pools.
 */
const RUNS_PER_DATABASE = 4;

interface Opened {
  readonly db: Database;
  active: number;
}

/**
 * The fleet's databases, pooled per URL: the schemas of one database share a few pools, so a thousand tenant
 * schemas need a handful of connections, not a thousand.
 */
export class TargetDatabases {
  private readonly open = new Map<string, Opened[]>();

  constructor(private readonly config: ResolvedConfig) {}

  private acquire(url: string): Opened {
    const list = this.open.get(url) ?? [];
    this.open.set(url, list);
    let slot = list.find((o) => o.active < RUNS_PER_DATABASE);
    if (!slot) {
      slot = { db: openDatabase(url, this.config.cwd, { lockWaitMs: this.config.lockWaitMs }), active: 0 };
      list.push(slot);
    }
    slot.active += 1;
    return slot;
  }

  /** Runs `fn` on a target's Migrator, as `lockstep <command> --url <url> [--schema <schema>]` would open it. */
  async with<T>(target: FleetTarget, fn: (m: Migrator) => Promise<T>, onEvent?: RunEventSink): Promise<T> {
    const slot = this.acquire(target.url);
    try {
      const m = await createMigrator({ resolved: { ...this.config, url: target.url }, database: slot.db, schema: target.schema, onEvent });
      try {
        return await fn(m);
      } finally {
        await m.close();
      }
    } finally {
      slot.active -= 1;
    }
  }

  async close(): Promise<void> {
    const all = [...this.open.values()].flat();
    this.open.clear();
    await Promise.all(all.map((o) => o.db.close().catch(() => undefined)));
  }
}
