/** Structured logs of `lockstep serve`: one JSON object per line on stderr (pino), passwords redacted. */
import { pino } from 'pino';
import { redact } from '../core/redact.js';

export type LogLevel = 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>) => void;

/**
 * `{ level, time, ...fields, msg }` per line, with level names and ISO times for log shippers that read them.
 * Callers never pass a token or a URL with a password; redact() over each written line is the backstop.
 */
export function jsonLogger(write: (line: string) => void = (l) => void process.stderr.write(l)): Logger {
  const logger = pino(
    { base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    { write: (line: string) => write(redact(line)) },
  );
  return (level, message, fields = {}) => logger[level]({ ...fields }, message);
}

export const silentLogger: Logger = () => undefined;
