import { readFileSync } from 'node:fs';
import { normaliseContent } from '../core/checksum.js';
import { LockstepError } from '../core/errors.js';

/** Filled by the loader, when asked, with the text of every file it reads (as read: decoded, LF line endings), by display path. */
export type SourceTexts = Map<string, string>;

const LF = 0x0a;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a migration file as UTF-8. Invalid bytes are an error rather than silently becoming U+FFFD,
 * because the server would otherwise run different SQL than the file says. A leading BOM is dropped
 * (TextDecoder does that by default) and line endings are normalised to LF, so CRLF checkouts parse
 * and checksum the same as LF ones. Reads are synchronous on purpose: a directory of a thousand small files
 * loads several times faster than with a thousand concurrent promise-based reads.
 */
export async function readSource(absolute: string, display: string, sources?: SourceTexts, options: ReadOptions = {}): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ELOOP' ? 'it is a symbolic link that loops back on itself' : code === 'ENOENT' ? 'it does not exist (a dangling symbolic link?)' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new LockstepError('LOCKSTEP_E_FILE_UNREADABLE', `cannot read ${display}: ${why}`, {
      hint: 'Check that the file exists, is a regular file (or a link to one) and is readable by the user running Lockstep.',
      location: { file: display },
      cause: err,
    });
  }
  let text: string;
  try {
    text = normaliseContent(UTF8.decode(bytes));
  } catch {
    const line = firstInvalidLine(bytes);
    throw new LockstepError('LOCKSTEP_E_INVALID_UTF8', `${display} is not valid UTF-8 (first bad byte on line ${line})`, {
      hint: 'Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`), then check the text on that line.',
      location: { file: display, line },
    });
  }
  if (options.sql !== false) refuseNul(text, display);
  sources?.set(display, text);
  return text;
}

export interface ReadOptions {
  /** The file is sent to PostgreSQL as SQL (default): a NUL character is refused when it is read. */
  readonly sql?: boolean | undefined;
}

/**
 * PostgreSQL cannot take a NUL character in query text ("invalid byte sequence for encoding UTF8: 0x00"), and the
 * parser stops reading at it, so the statements after it would be checked by nobody: the file is refused when the
 * set is loaded, before any migration runs, not when its turn comes.
 */
function refuseNul(text: string, display: string): void {
  const at = text.indexOf('\0');
  if (at < 0) return;
  const line = countLines(text, at);
  const column = at - text.lastIndexOf('\n', at - 1);
  throw new LockstepError('LOCKSTEP_E_NUL_BYTE', `${display} holds a NUL byte (line ${line}, column ${column}), which PostgreSQL cannot take in SQL`, {
    hint: 'Remove the NUL byte (often left by a copy from a binary file or a UTF-16 editor; `tr -d "\\000"` strips it), then check the text around it.',
    location: { file: display, line, column },
  });
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * 1-based line holding the first invalid byte. Decoding line by line is exact because the LF byte
 * never occurs inside a multi-byte UTF-8 sequence.
 */
export function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== LF) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}
