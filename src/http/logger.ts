/** Structured logs of `lockstep serve`: one JSON object per line on stderr, passwords redacted. */
import { redact } from '../core/redact.js';

export type LogLevel = 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>) => void;

/** Writes `{ time, level, msg, ...fields }`; callers never pass a token or a URL with a password, and redact() is the backstop. */
export function jsonLogger(write: (line: string) => void = (l) => void process.stderr.write(l)): Logger {
  return (level, message, fields = {}) => {
    write(`${redact(JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields }))}\n`);
  };
}

export const silentLogger: Logger = () => undefined;
