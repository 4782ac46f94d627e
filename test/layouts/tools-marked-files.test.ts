/**
 * Every single-file layout (Lockstep's own, goose, sql-migrate, dbmate, node-pg-migrate), each a fixture in the tool's
 * exact format, through the CLI against the real server: status, up, down, lint --format json, test.
 */
import { describe, it } from 'vitest';
import { TOOL_FIXTURES } from './support/tool-fixtures.js';
import { toolRound } from './support/tool-round.js';

const TOOLS = ['lockstep', 'goose', 'sql-migrate', 'dbmate', 'node-pg-migrate'];

describe.concurrent.each(TOOL_FIXTURES.filter((f) => TOOLS.includes(f.tool)))('$tool', (f) => {
  it('status lists it in the tool order, up applies it, down rolls back, lint prints JSON, test round-trips', () => toolRound(f));
});
