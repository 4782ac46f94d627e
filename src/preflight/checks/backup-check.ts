import { execFile } from 'node:child_process';
import { formatDuration } from '../../core/duration.js';
import type { BackupCheck, Finding } from '../types.js';

/**
 * Runs the configured backup-recency command. It is started without a shell, from the argument list in the
 * config, so nothing from the migrations or the command line can become part of a shell command.
 */
export function backupFinding(check: BackupCheck, environment: string | null): Promise<Finding> {
  const [program, ...args] = check.command;
  const shown = check.command.join(' ');
  return new Promise((resolve) => {
    execFile(program ?? '', args, { timeout: check.timeoutMs, env: { ...process.env, LOCKSTEP_ENV: environment ?? '' }, maxBuffer: 1024 * 1024 }, (err, _stdout, stderr) => {
      if (!err) {
        resolve({ check: 'backup', severity: 'info', message: `backup check passed: ${shown}`, hint: '' });
        return;
      }
      const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
      const why = e.killed ? `did not finish within ${formatDuration(check.timeoutMs)}`
        : typeof e.code === 'number' ? `exited with status ${e.code}` : `could not be started (${e.code ?? e.message})`;
      const tail = stderr.trim().split('\n').slice(-3).join(' | ');
      resolve({
        check: 'backup',
        severity: 'blocker',
        message: `backup check ${why}: ${shown}${tail ? ` — ${tail}` : ''}`,
        hint: 'Take or verify a fresh backup, then run again. The command comes from preflight.backupCheck in the config.',
      });
    });
  });
}
