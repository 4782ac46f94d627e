/**
 * Progress of test and plan on stderr: on a terminal one bar redrawn in place; otherwise (CI logs, pipes) one
 * line every LINE_EVERY items and at the end, so a log shows the command is alive without a line per migration.
 * Colour is decided once, by cli/color.ts; cli/progress-output.ts routes the events here.
 */
import type { Progress } from '../core/events.js';
import { formatProgressBarText, formatProgressText } from '../report/index.js';

export const LINE_EVERY = 25;

export interface ProgressOutput {
  readonly tty: boolean;
  readonly color: boolean;
  write(text: string): void;
}

/** Returns the handler for progress events, and whether a bar is on screen (to clear it before another line). */
export function progressPrinter(out: ProgressOutput): { show(p: Progress): void; readonly barShown: () => boolean; clear(): void } {
  let shown = false;
  return {
    show(p) {
      const last = p.done >= p.total;
      if (out.tty) {
        out.write(`\r\x1b[2K${formatProgressBarText(p, out.color)}${last ? '\n' : ''}`);
        shown = !last;
      } else if (last || p.done % LINE_EVERY === 0) {
        out.write(`${formatProgressText(p)}\n`);
      }
    },
    barShown: () => shown,
    clear() {
      if (shown) out.write('\r\x1b[2K');
      shown = false;
    },
  };
}
