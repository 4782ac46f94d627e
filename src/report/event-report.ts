import { formatDuration } from '../core/duration.js';
import { migrationLabel } from '../core/migration-label.js';
import { describeBlockers } from '../runner/index.js';
import { describeHolders } from '../runner/index.js';
import type { RunEvent } from '../core/events.js';
import { formatProgressLine } from '../runner/index.js';
import { formatProgressText } from './progress-report.js';
import { formatIndexProgressLine } from './index-progress-report.js';

/** One progress line for the operator (stderr), or undefined for events not worth a line. */
export function formatEvent(e: RunEvent, verbose = false): string | undefined {
  switch (e.type) {
    case 'notice':
      return `lockstep: ${e.message}`;
    case 'run-lock-wait':
      return `waiting for the run lock (${formatDuration(e.waitedMs)}): held by ${describeHolders(e.holders)}`;
    case 'migration-start': {
      const lines = [`${e.direction === 'up' ? '→' : '←'} ${migrationLabel(e.version, e.name)}${e.transactional ? '' : ' (no transaction)'}${e.resumeFrom ? ` — resuming at statement ${e.resumeFrom + 1}` : ''}`];
      if (e.lockFlag) lines.push('  LOCK: this migration is marked as taking heavy locks');
      if (e.safetyNote) lines.push(`  SAFETY: ${e.safetyNote}`);
      return lines.join('\n');
    }
    case 'statement':
      return verbose ? `  [${e.index + 1}/${e.total}] ${e.sql.replace(/\s+/g, ' ').slice(0, 100)}` : undefined;
    case 'lock-retry':
      return `  lock not granted within lock_timeout${e.lockTimeoutMs !== undefined ? ` ${formatDuration(e.lockTimeoutMs)}` : ''} (attempt ${e.attempt}); ${e.delayMs === 0 ? 'retrying at once with a longer lock_timeout' : `retrying in ${formatDuration(e.delayMs)} at most`}. Blocking: ${describeBlockers(e.blockers)}`;
    case 'migration-done':
      return `✓ ${migrationLabel(e.version, e.name)} ${e.direction === 'up' ? 'applied' : 'rolled back'} in ${formatDuration(e.durationMs)}${e.retries ? ` after ${e.retries} lock retries` : ''}`;
    case 'migration-failed':
      return e.notStarted ? `■ stopped before ${migrationLabel(e.version, e.name)}: it did not start` : `✗ ${migrationLabel(e.version, e.name)} failed`;
    case 'backfill-progress':
      return formatProgressLine(e);
    case 'progress':
      return formatProgressText(e);
    case 'index-progress':
      return formatIndexProgressLine(e);
    case 'preflight-wait':
      return `  waiting for blockers to clear (${formatDuration(e.waitedMs)} of ${formatDuration(e.timeoutMs)}): ${e.blockers.join('; ')}`;
  }
}
