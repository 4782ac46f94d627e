/** Row counts and byte sizes read the same in lint, plan, backfill and pre-flight messages (core/sizes.ts). */
import { describe, expect, it } from 'vitest';
import { formatBytes, formatRows } from '../../src/core/sizes.js';

describe('formatRows', () => {
  it.each([
    [-1, 'row count unknown (never analyzed)'], [0, '~0 rows'], [999, '~999 rows'], [1000, '~1k rows'], [1345, '~1.3k rows'],
    [12_345, '~12k rows'], [123_456, '~123k rows'], [999_999, '~1M rows'], [1_250_000, '~1.3M rows'], [80_000_000, '~80M rows'],
    [2_000_000_000, '~2B rows'],
  ])('%d → %s', (rows, text) => {
    expect(formatRows(rows)).toBe(text);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'], [512, '512 bytes'], [1024, '1 kB'], [1536, '1.5 kB'], [1.3 * 1024 ** 2, '1.3 MB'], [42.4 * 1024 ** 3, '42 GB'], [3 * 1024 ** 4, '3 TB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
