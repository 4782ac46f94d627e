import { parseDuration } from '../core/duration.js';
import type { RunEvent, RunEventSink } from '../api/index.js';
import { formatEvent } from '../report/index.js';
import { formatIndexProgressBar } from '../report/index.js';
import { formatProgressBar } from '../report/index.js';
import { useColor } from './color.js';
import { progressPrinter } from './progress.js';

type ProgressEvent = Extract<RunEvent, { type: 'backfill-progress' | 'index-progress' }>;

/** How often a progress line is repeated when stderr is not a terminal (CI logs): LOCKSTEP_PROGRESS_EVERY, default 10s. */
export function progressEveryMs(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.LOCKSTEP_PROGRESS_EVERY;
  return text ? parseDuration(text, 'LOCKSTEP_PROGRESS_EVERY') : 10_000;
}

function isProgress(e: RunEvent): e is ProgressEvent {
  return e.type === 'backfill-progress' || e.type === 'index-progress';
}

function barOf(e: ProgressEvent): string {
  return e.type === 'backfill-progress' ? formatProgressBar(e) : formatIndexProgressBar(e);
}

/** One throttle per backfill or index build. */
const keyOf = (e: ProgressEvent): string => (e.type === 'backfill-progress' ? `b:${e.version}:${e.table}` : `i:${e.version}:${e.index}`);

interface Output {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Progress on stderr. On a terminal, a backfill's or index build's bar is redrawn in place; elsewhere (CI, a
 * pipe) its line is printed when it starts, at most every `everyMs` after that, and when it finishes, so a
 * long build shows it is alive without a line per second. Every other event is a line.
 */
export function progressOutput(verbose: boolean, out: Output = process.stderr, everyMs = progressEveryMs()): RunEventSink {
  const tty = out.isTTY === true;
  const lastLine = new Map<string, number>();
  let barShown = false;
  // test and plan count migrations: their bar, or a line every so many (cli/progress.ts), shares the screen.
  const items = progressPrinter({ tty, color: useColor(out), write: (t) => void out.write(t) });
  const line = (text: string): void => {
    items.clear();
    out.write(`${barShown ? '\r\x1b[2K' : ''}${text}\n`);
    barShown = false;
  };
  return (e) => {
    if (e.type === 'progress') return items.show(e);
    if (isProgress(e) && tty) {
      out.write(`\r\x1b[2K${barOf(e)}${e.finished ? '\n' : ''}`);
      barShown = !e.finished;
      return;
    }
    if (isProgress(e)) {
      const key = keyOf(e);
      const now = Date.now();
      const last = lastLine.get(key);
      if (!e.finished && last !== undefined && now - last < everyMs) return;
      lastLine.set(key, now);
    }
    const text = formatEvent(e, verbose);
    if (text !== undefined) line(text);
  };
}
