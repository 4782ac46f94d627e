import { LockstepError } from '../core/errors.js';
import { findMigration } from '../core/version.js';
import { computeStatus } from '../plan/index.js';
import { inTransaction } from '../db/index.js';
import { prepareSection } from '../runner/index.js';
import { withRunLock, withSession, type MigratorContext } from './context.js';
import { checkBaselineEvidence, type MissingObject } from './baseline-evidence.js';

export interface VerifyReport {
  readonly ok: boolean;
  readonly changed: ReadonlyArray<{ version: string; files: readonly string[]; applied: string; current: string }>;
  readonly missingFiles: readonly string[];
}

/** Checksums only: are the applied migrations' files still what was applied? */
export async function verify(ctx: MigratorContext): Promise<VerifyReport> {
  const files = await ctx.loadFiles();
  const rows = await withSession(ctx, 'verify', (s) => ctx.history.rows(s));
  const entries = computeStatus(files, rows);
  const changed = entries.filter((e) => e.changed).map((e) => ({ version: e.id, files: e.file?.paths ?? [], applied: e.row?.checksum ?? '', current: e.file?.checksum ?? '' }));
  const missingFiles = entries.filter((e) => e.missingFile).map((e) => e.id);
  return { ok: changed.length === 0, changed, missingFiles };
}

/** Accepts the current file of an applied (or partial, finished by hand) migration as what was applied. */
export async function repair(ctx: MigratorContext, version: string): Promise<{ version: string; previous: string; accepted: string }> {
  const files = await ctx.loadFiles();
  return withRunLock(ctx, 'repair', async (session) => {
    const entries = computeStatus(files, await ctx.history.rows(session));
    const entry = entries[findMigration(entries, version, 'repair --accept')];
    if (!entry?.row || (entry.state !== 'applied' && entry.state !== 'partial')) {
      throw new LockstepError('LOCKSTEP_E_UNKNOWN_VERSION', `migration ${version} is not applied here, so there is nothing to repair`, { hint: 'Run `lockstep status` to see applied versions.' });
    }
    if (!entry.file) {
      throw new LockstepError('LOCKSTEP_E_UNKNOWN_VERSION', `migration ${version} has no file to accept`, { hint: 'Restore the file first.' });
    }
    const { row, file } = entry;
    await inTransaction(session, async () => {
      await ctx.history.acceptChecksum(session, row.version, file.checksum);
      if (entry.state === 'partial') {
        await session.query(`update ${ctx.history.qualified('migrations')} set status = 'applied', statements_done = statements_total, last_error = null where version = $1`, [row.version]);
      }
      await ctx.history.event(session, { kind: 'repair', version: row.version, name: entry.name, details: { previous: row.checksum, accepted: file.checksum, wasPartial: entry.state === 'partial' } });
    });
    return { version: row.version, previous: row.checksum, accepted: file.checksum };
  });
}

export interface BaselineOptions {
  /** Baseline although the target lacks objects the migrations create (they are recorded with the event). */
  readonly force?: boolean | undefined;
}

/**
 * Marks every migration up to `version` as applied without running it (adopting an existing database), once
 * the target shows the objects their SQL creates (see baseline-evidence.ts).
 */
export async function baseline(ctx: MigratorContext, version: string, opts: BaselineOptions = {}): Promise<{ baselined: string[]; missing: readonly MissingObject[] }> {
  const files = await ctx.loadFiles();
  if (findMigration(files, version, 'baseline') < 0) {
    throw new LockstepError('LOCKSTEP_E_UNKNOWN_VERSION', `no migration has the id or version ${version}`, { hint: 'Baseline to the id or version of an existing migration file (see `lockstep status`).' });
  }
  return withRunLock(ctx, 'baseline', async (session) => {
    // The migrations being baselined ran outside Lockstep, so the database is not empty: Flyway baseline migrations do
    // not apply (plan/baseline-choice.ts), unless the one named is a baseline migration, which alone is recorded (the
    // database was built from it; the versioned migrations it stands for then show as ignored).
    const entries = computeStatus(files, await ctx.history.rows(session), { notEmpty: true });
    const through = findMigration(entries, version, 'baseline');
    const named = entries[through];
    const targets = named?.file?.baseline
      ? (named.state === 'applied' || named.state === 'partial' ? [] : [named])
      : entries.filter((e, i) => e.state === 'pending' && e.file && i <= through);
    const missing = await checkBaselineEvidence(session, targets.flatMap((e) => (e.file ? [e.file] : [])), version, opts.force === true);
    if (missing.length) ctx.onEvent({ type: 'notice', message: `baseline --force: ${missing.length} object(s) the migrations create are missing from the target: ${missing.map((m) => m.object).join(', ')}` });
    const batch = await ctx.history.nextBatch(session);
    await inTransaction(session, async () => {
    for (const e of targets) {
      const file = e.file!;
      const sqlOf = (s: typeof file.up | undefined) => (s?.kind === 'sql' ? s.sql : s?.kind === 'module' ? `-- module ${s.path}` : null);
      const up = file.up.kind === 'unsupported' ? undefined : await prepareSection(file, file.up);
      const total = up?.kind === 'sql' ? up.statements.length : 1;
      await ctx.history.write(session, {
        version: file.id, name: file.name, layout: file.layout, checksum: file.checksum, status: 'applied', executionMs: null,
        batch, upSql: sqlOf(file.up), downSql: sqlOf(file.down), statementsDone: total, statementsTotal: total, lastError: null,
      });
      await ctx.history.event(session, { kind: 'baseline', version: file.id, name: file.name, details: { baseline: version, ...(missing.length ? { forced: true, missing } : {}) } });
    }
    });
    return { baselined: targets.map((e) => e.id), missing };
  });
}
