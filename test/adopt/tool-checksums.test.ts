/** The other tools' checksum algorithms, pinned to values computed by hand or published by the tools. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drizzleHashMatches, flywayChecksum, prismaChecksum, prismaChecksumMatches, sqlxChecksum } from '../../src/adopt/tool-checksums.js';

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

describe('sqlx (SHA-384 of the file as read)', () => {
  it('is the hex SHA-384 (FIPS 180-2 example "abc")', () => {
    expect(sqlxChecksum(Buffer.from('abc'))).toBe('cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7');
  });
  it('hashes every byte: a BOM and CRLF line endings change it (values from `openssl dgst -sha384`)', () => {
    expect(sqlxChecksum(Buffer.from('\uFEFFCREATE TABLE t (id int);\r\n', 'utf8'))).toBe('1ea5489a2a5303d7172469e1b2cade57aa5d5b688a6702bae05e887a14c27940121d0072bfd025d04b5abac8940defa1');
    expect(sqlxChecksum(Buffer.from('CREATE TABLE t (id int);\n'))).toBe('e1cc0b49a7d453bb345d9fc52670c0bfd4a694b2befb7061a9bad55916701e1ef4ddd22ee7cb1c80b4317a1b5780422c');
  });
});
