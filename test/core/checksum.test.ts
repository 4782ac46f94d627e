/**
 * core/checksum.ts feeds the hash a piece at a time (a large file then costs no second copy of itself): the digest must
 * be that of the whole text, a piece boundary inside a surrogate pair included, or every applied migration's
 * checksum would change.
 */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { checksum } from '../../src/core/checksum.js';

/** The checksum as one update per part, LF line endings. */
function whole(parts: readonly string[]): string {
  const hash = createHash('sha256');
  parts.forEach((part, i) => {
    if (i > 0) hash.update('\0');
    hash.update(part.replace(/\r\n?/g, '\n'), 'utf8');
  });
  return hash.digest('hex');
}

it('is the digest of the whole text, for short and multi-piece parts', () => {
  const long = `${'é☕ line\r\n'.repeat(300_000)}${'\u{1F600}'.repeat(400_000)}end`;
  for (const parts of [['a', 'b'], [''], ['-- UP\nCREATE TABLE t ();\n'], [long, `x${long}`]]) expect(checksum(parts)).toBe(whole(parts));
});

it('does not split a surrogate pair at a piece boundary', () => {
  for (const before of [(1 << 20) - 1, 1 << 20, (1 << 20) + 1]) {
    const text = `${'x'.repeat(before)}\u{1F600}y`;
    expect(checksum([text])).toBe(whole([text]));
  }
});

it('a known file keeps its checksum', () => {
  expect(checksum(['-- UP\r\nSELECT 1;\r\n'])).toBe(createHash('sha256').update('-- UP\nSELECT 1;\n').digest('hex'));
});
