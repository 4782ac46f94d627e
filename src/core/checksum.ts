import { createHash } from 'node:crypto';

/** Line endings normalised so that a CRLF checkout of the same file is not a change. */
export function normaliseContent(text: string): string {
  // Most files have no CR at all: a scan for one is cheaper than a regular-expression pass (every file is normalised
  // when read and again for its checksum).
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Characters hashed per update: the hash is fed a piece at a time, so a 50 MB file costs a 1 Mi UTF-8 buffer
 * rather than a second copy of itself (the digest is the same as of the whole).
 */
const PIECE = 1 << 20;

export function checksum(parts: readonly string[]): string {
  const hash = createHash('sha256');
  parts.forEach((part, i) => {
    if (i > 0) hash.update('\0');
    const text = normaliseContent(part);
    for (let from = 0; from < text.length;) {
      let to = Math.min(from + PIECE, text.length);
      // Never between the two halves of a surrogate pair: each half alone would be encoded as U+FFFD.
      if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
      hash.update(text.slice(from, to), 'utf8');
      from = to;
    }
  });
  return hash.digest('hex');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
