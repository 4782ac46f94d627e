import { adoptHistory, type AdoptOptions, type AdoptReport } from '../adopt/index.js';
import type { Session } from '../db/index.js';
import { withRunLock, withSession, type MigratorContext } from './context.js';

/**
 * Takes over another tool's migration history (docs/adopt.md): records as applied, in one transaction under the
 * run lock, the migrations that tool ran. A dry run reads and reports only, without the lock.
 */
export async function adopt(ctx: MigratorContext, opts: AdoptOptions = {}): Promise<AdoptReport> {
  const files = await ctx.loadFiles();
  const run = (session: Session): Promise<AdoptReport> => adoptHistory({ session, history: ctx.history, files, cwd: ctx.config.cwd, options: opts });
  return opts.dryRun ? withSession(ctx, 'adopt --dry-run', run) : withRunLock(ctx, 'adopt', run);
}
