/** Offsets: libpg-query reports UTF-8 byte offsets; JS strings index UTF-16 code units. */

export function byteToCharIndex(text: string): (byteOffset: number) => number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return (b) => b;
  const map: number[] = [];
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let k = 0; k < width; k++) map[bytes + k] = i;
    bytes += width;
    if (code >= 0x10000) i++; // surrogate pair: two code units, one code point
  }
  map[bytes] = text.length;
  return (b) => map[Math.max(0, Math.min(b, bytes))] ?? text.length;
}

/**
 * The string index of the `n`th code point. PostgreSQL reports a syntax error's cursor in characters (code points,
 * pg_mbstrlen), not bytes; JS strings count a character outside the BMP as two code units.
 */
export function codePointToIndex(text: string, n: number): number {
  if (!/[\uD800-\uDBFF]/.test(text)) return Math.min(n, text.length);
  let index = 0;
  for (let k = 0; k < n && index < text.length; k++) index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  return index;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** 1-based line and column of a string index, for a text that begins on `startLine` of its file. */
export function positionAt(text: string, index: number, startLine = 1): Position {
  let line = startLine;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * Positions of many indexes in one text: line starts are found once, then each lookup is a binary
 * search (positionAt per statement would be quadratic in the size of a long section).
 */
export function lineIndex(text: string, startLine = 1): (index: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: startLine + lo, column: index - (starts[lo] ?? 0) + 1 };
  };
}
