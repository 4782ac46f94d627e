import { createHash } from 'node:crypto';

/** Line endings normalised so that a CRLF checkout of the same file is not a change. */
export function normaliseContent(text: string): string {
  // Most files have no CR at all: a scan for one is cheaper than a regular-expression pass (every file is normalised
  // when read and again for its checksum).
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function checksum(parts: readonly string[]): string {
  const hash = createHash('sha256');
  parts.forEach((part, i) => {
    if (i > 0) hash.update('\0');
    hash.update(normaliseContent(part), 'utf8');
  });
  return hash.digest('hex');
}
