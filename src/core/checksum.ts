import { createHash } from 'node:crypto';

/** Line endings normalised so that a CRLF checkout of the same file is not a change. */
export function normaliseContent(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function checksum(parts: readonly string[]): string {
  const hash = createHash('sha256');
  parts.forEach((part, i) => {
    if (i > 0) hash.update('\0');
    hash.update(normaliseContent(part), 'utf8');
  });
  return hash.digest('hex');
}
