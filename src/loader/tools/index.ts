import type { Tool } from '../../core/types.js';
import { dbmateReader } from './dbmate.js';
import { dieselReader } from './diesel.js';
import { drizzleReader } from './drizzle.js';
import { flywayReader } from './flyway.js';
import { golangMigrateReader } from './golang-migrate.js';
import { gooseReader } from './goose.js';
import { lockstepReader } from './lockstep.js';
import { nodePgMigrateReader } from './node-pg-migrate.js';
import { prismaReader } from './prisma.js';
import { sqlMigrateReader } from './sql-migrate.js';
import type { ToolReader } from './tool-reader.js';

/** One reader per tool: the only place that knows how a tool names, orders and splits its migrations. */
export const TOOL_READERS: Readonly<Record<Tool, ToolReader>> = {
  lockstep: lockstepReader,
  'golang-migrate': golangMigrateReader,
  goose: gooseReader,
  'sql-migrate': sqlMigrateReader,
  dbmate: dbmateReader,
  'node-pg-migrate': nodePgMigrateReader,
  diesel: dieselReader,
  prisma: prismaReader,
  drizzle: drizzleReader,
  flyway: flywayReader,
};

export type { ToolReader, ReadContext } from './tool-reader.js';
export { dieselVersion } from './diesel.js';
export { flywayVersionKey, compareFlywayVersions } from './flyway.js';
