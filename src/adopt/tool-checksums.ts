/**
 * The checksums other tools store in their history, computed their way from the file's raw bytes, so that
 * `adopt` can tell an applied migration whose file was edited since. Each is the tool's own algorithm:
 * - Prisma: sha256 (hex) of migration.sql; it also accepts the file with LF↔CRLF line endings swapped and
 *   reads old rows whose hex digits were not zero-padded (prisma-engines, schema-engine checksum.rs).
 * - Flyway: CRC-32 of the file's lines (terminators removed, a leading BOM removed, each line as UTF-8), as a
 *   signed 32-bit integer (flyway-core ChecksumCalculator).
 * - drizzle-kit: sha256 (hex) of the .sql file (drizzle-orm migrator.ts; newer versions hash it after turning
 *   CRLF into LF, so both are accepted).
 */
import { createHash } from 'node:crypto';
import * as zlib from 'node:zlib';
import { LockstepError } from '../core/errors.js';

function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Prisma's old, unpadded rendering: each byte as hex without a leading zero. */
function unpaddedHex(hex: string): string {
  return (hex.match(/../g) ?? []).map((b) => b.replace(/^0/, '')).join('');
}

/** Whether Prisma would accept `stored` as the checksum of `text`. */
export function prismaChecksumMatches(text: string, stored: string): boolean {
  const variants = [text, text.replace(/\r\n/g, '\n'), text.replace(/\n/g, '\r\n')];
  return variants.some((v) => {
    const hex = sha256Hex(v);
    return stored.length === 64 ? hex === stored : unpaddedHex(hex) === stored;
  });
}

export function prismaChecksum(text: string): string {
  return sha256Hex(text);
}

type Crc32 = (data: Buffer | string, value?: number) => number;

/** zlib.crc32 is in Node 20.15 and later. */
function crc32(): Crc32 {
  const fn = (zlib as unknown as { crc32?: Crc32 }).crc32;
  if (typeof fn !== 'function') {
    throw new LockstepError('LOCKSTEP_E_USAGE', `verifying Flyway checksums needs Node.js 20.15 or later (this is ${process.version})`, {
      hint: 'Upgrade Node.js, then run `lockstep adopt` again.',
    });
  }
  return fn;
}

/** Flyway's checksum of a SQL file (BufferedReader.readLine semantics: \n, \r\n and \r end a line). */
export function flywayChecksum(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // readLine() yields no empty line after a final terminator (and an empty update leaves the CRC as it is).
  const update = crc32();
  let value = 0;
  for (const line of lines) value = update(Buffer.from(line, 'utf8'), value);
  return value | 0;
}

/** Whether drizzle would have stored `stored` for this file (raw, or with CRLF turned into LF). */
export function drizzleHashMatches(text: string, stored: string): boolean {
  return sha256Hex(text) === stored || sha256Hex(text.replace(/\r\n/g, '\n')) === stored;
}

export function drizzleHash(text: string): string {
  return sha256Hex(text.replace(/\r\n/g, '\n'));
}

/**
 * sqlx's checksum: SHA-384 of the migration file exactly as read (fs::read_to_string: every byte, a BOM and CRLF
 * line endings included; sqlx-core migrate/migration.rs `checksum`), stored as BYTEA; here as hex. sqlx.toml's
 * `migrate.ignored-chars` changes it (those characters left out): such a history reads as edited files.
 */
export function sqlxChecksum(bytes: Buffer): string {
  return createHash('sha384').update(bytes).digest('hex');
}
