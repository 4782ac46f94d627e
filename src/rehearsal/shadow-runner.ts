/**
 * The real runner, pointed at a shadow database: one session, Lockstep's history tables in the shadow,
 * and the same apply/rollback functions `lockstep up` and `down` use (transactions, history rows,
 * statement-by-statement runs for non-transactional migrations). Parsed sections are cached, so a
 * migration applied, rolled back and applied again is parsed once. Statements that act on the whole server are left
 * out (server-wide-skips.ts), in the up and down sections, fixtures and partial replays alike.
 */
import type { ResolvedConfig } from '../config/index.js';
import type { MigrationFile } from '../core/types.js';
import type { Database, Session } from '../db/index.js';
import type { ProcedureScope } from '../execution/index.js';
import { HistoryStore, currentActor } from '../history/index.js';
import {
  applyStepwise, applyTransactional, prepareSection, rollbackMigration,
  type ApplyOutcome, type Prepared, type RunContext, type RunEventSink,
} from '../runner/index.js';
import { preparingSession } from './preparing-session.js';
import { ServerWideSkips } from './server-wide-skips.js';

type PreparedCache = Map<string, { up?: Prepared; down?: Prepared | null }>;

export class ShadowRunner {
  /** The same session, for schema snapshots: their large catalog query is prepared once (see preparing-session.ts). */
  readonly snapshotSession: Session;

  private constructor(
    readonly session: Session,
    private readonly rc: RunContext,
    private readonly prepared: PreparedCache,
    /** What the shadow leaves out: kept by reopen(), since the server's roles it knows are those before the first open. */
    readonly serverWide: ServerWideSkips,
    /** The procedures that COMMIT before each migration, as `up` knows them (execution `procedureScope`). */
    private readonly procedures: ProcedureScope | undefined,
  ) {
    this.snapshotSession = preparingSession(session);
  }

  /** Connects to the shadow and creates the history tables there (nobody else uses the shadow). */
  static async open(db: Database, config: ResolvedConfig, onEvent: RunEventSink = () => undefined, prepared: PreparedCache = new Map(), serverWide?: ServerWideSkips, procedures?: ProcedureScope): Promise<ShadowRunner> {
    const session = await db.connect('lockstep rehearsal');
    const history = new HistoryStore(config.historySchema, currentActor(config.envName));
    let skips: ServerWideSkips;
    try {
      await history.ensure(session);
      skips = serverWide ?? await ServerWideSkips.open(session);
    } catch (err) {
      await session.release();
      throw err;
    }
    // Nothing else runs in the shadow, so a lock timeout there would be a bug, not contention: never retry.
    const policy = { ...config.policy, lockRetries: 0 };
    return new ShadowRunner(session, { session, history, policy, onEvent, batch: 1 }, prepared, skips, procedures);
  }

  /** A runner on another database (the shadow after a restore) that keeps this one's parsed sections and what it left out. */
  reopen(db: Database, config: ResolvedConfig): Promise<ShadowRunner> {
    return ShadowRunner.open(db, config, this.rc.onEvent, this.prepared, this.serverWide, this.procedures);
  }

  get historySchema(): string {
    return this.rc.history.schema;
  }

  /** The up section as the shadow runs it (without the statements it leaves out). */
  async prepareUp(file: MigrationFile): Promise<Prepared> {
    const entry = this.entry(file);
    entry.up ??= this.serverWide.prepared(await prepareSection(file, file.up, { procedures: this.procedures }));
    return entry.up;
  }

  /** Undefined when the migration has no down section (irreversible). */
  async prepareDown(file: MigrationFile): Promise<Prepared | undefined> {
    const entry = this.entry(file);
    if (entry.down === undefined) entry.down = file.down ? this.serverWide.prepared(await prepareSection(file, file.down, { procedures: this.procedures })) : null;
    return entry.down ?? undefined;
  }

  /**
   * Applies one migration as `lockstep up` would, but for the statements the shadow leaves out. Throws the runner's
   * LockstepError on failure (saying so when a statement left out may be the cause).
   */
  async up(file: MigrationFile): Promise<ApplyOutcome> {
    const up = await this.prepareUp(file);
    return this.explained(() => (up.transactional ? applyTransactional(this.rc, file, up, file.down) : applyStepwise(this.rc, file, up, file.down, 0)));
  }

  /** Rolls one migration back as `lockstep down` would, but for the statements the shadow leaves out. */
  async down(file: MigrationFile): Promise<ApplyOutcome> {
    const down = await this.prepareDown(file);
    if (!down) throw new Error(`migration ${file.id} has no down section`);
    return this.explained(() => rollbackMigration(this.rc, file, down));
  }

  private async explained<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw this.serverWide.explain(err);
    }
  }

  async release(): Promise<void> {
    await this.session.release();
  }

  private entry(file: MigrationFile): { up?: Prepared; down?: Prepared | null } {
    const key = `${file.id}\0${file.checksum}`;
    let e = this.prepared.get(key);
    if (!e) {
      e = {};
      this.prepared.set(key, e);
    }
    return e;
  }
}
