/** Every tool whose history `lockstep adopt` can take over. */
import type { ToolAdapter } from '../tool-adapter.js';
import type { ForeignTool } from '../types.js';
import { dbmate } from './dbmate.js';
import { diesel } from './diesel.js';
import { drizzle } from './drizzle.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import { nodePgMigrate } from './node-pg-migrate.js';
import { prisma } from './prisma.js';
import { sqlMigrate } from './sql-migrate.js';
import { sqlx } from './sqlx.js';

export const TOOL_ADAPTERS: readonly ToolAdapter[] = [golangMigrate, dbmate, goose, sqlMigrate, nodePgMigrate, diesel, prisma, drizzle, flyway, sqlx];

export function adapterFor(tool: ForeignTool): ToolAdapter {
  const adapter = TOOL_ADAPTERS.find((a) => a.tool === tool);
  if (!adapter) throw new Error(`no adapter for ${tool}`);
  return adapter;
}

export const FOREIGN_TOOLS: readonly ForeignTool[] = TOOL_ADAPTERS.map((a) => a.tool);
