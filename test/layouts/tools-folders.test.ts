/**
 * The layouts of separate files and folders (golang-migrate pairs, diesel, Prisma, drizzle-kit, Flyway), each a
 * fixture in the tool's exact format, through the CLI against the real server: status, up, down (refused where the
 * tool has no downs), lint --format json, test.
 */
import { describe, it } from 'vitest';
import { TOOL_FIXTURES } from './support/tool-fixtures.js';
import { toolRound } from './support/tool-round.js';

const TOOLS = ['golang-migrate', 'diesel', 'prisma', 'drizzle', 'flyway'];

describe.concurrent.each(TOOL_FIXTURES.filter((f) => TOOLS.includes(f.tool)))('$tool', (f) => {
  it('status lists it in the tool order, up applies it, down rolls back or refuses, lint prints JSON, test round-trips', () => toolRound(f));
});
