/** The other tools' checksum algorithms, pinned to values computed by hand or published by the tools. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drizzleHashMatches, flywayChecksum, prismaChecksum, prismaChecksumMatches } from '../../src/adopt/tool-checksums.js';

describe('Prisma (sha256 of migration.sql)', () => {
  it('is the zero-padded hex sha256 (prisma-engines pins "hello")', () => {
    expect(prismaChecksum('hello')).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
  });
  it('accepts the same script with LF and CRLF line endings, as Prisma does', () => {
    expect(prismaChecksumMatches('ab\r\ncd\r\n', prismaChecksum('ab\ncd\n'))).toBe(true);
    expect(prismaChecksumMatches('ab\ncd\n', prismaChecksum('ab\r\ncd\r\n'))).toBe(true);
  });
  it('accepts the unpadded hex that old Prisma versions stored, and nothing else', () => {
    const unpadded = (prismaChecksum('hello').match(/../g) ?? []).map((b) => b.replace(/^0/, '')).join('');
    expect(unpadded.length).toBeLessThan(64);
    expect(prismaChecksumMatches('hello', unpadded)).toBe(true);
    expect(prismaChecksumMatches('abc\n', prismaChecksum('abc'))).toBe(false);
  });
});

describe('Flyway (CRC-32 of the lines, signed)', () => {
  it('is the CRC-32 of the text without line terminators', () => {
    // crc32("abcdef") = 0x4b8e39ef
    expect(flywayChecksum('abc\ndef\n')).toBe(0x4b8e39ef);
    expect(flywayChecksum('abc\r\ndef')).toBe(0x4b8e39ef);
    expect(flywayChecksum('abc\rdef\r\n')).toBe(0x4b8e39ef);
  });
  it('is signed like a Java int, and ignores a leading BOM', () => {
    // crc32("123456789") = 0xcbf43926, which a Java int holds as -873187034
    expect(flywayChecksum('123456789')).toBe(-873187034);
    expect(flywayChecksum('\uFEFF123456789\n')).toBe(-873187034);
  });
});

describe('drizzle (sha256 of the .sql file)', () => {
  it('matches the hash of the file as read, or with CRLF turned into LF', () => {
    const lf = 'a\nb\n';
    const hashOfLf = '8b9ff8e0e6ee76fc9a8a9e7bd9b0d3d1b3ea7b1bd9fc4c3a07e8a0f2a52c6ff8';
    expect(drizzleHashMatches(lf, hashOfLf)).toBe(false); // a wrong hash is not accepted
    const real = createHash('sha256').update(lf).digest('hex');
    expect(drizzleHashMatches(lf, real)).toBe(true);
    expect(drizzleHashMatches('a\r\nb\r\n', real)).toBe(true);
  });
});
