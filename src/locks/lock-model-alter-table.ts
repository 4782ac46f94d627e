/**
 * Lock level, rewrite and scan of each ALTER TABLE subcommand. PostgreSQL takes the strongest lock of all
 * subcommands of one statement. Levels follow the ALTER TABLE reference
 * (https://www.postgresql.org/docs/current/sql-altertable.html: "an ACCESS EXCLUSIVE lock is acquired unless
 * explicitly noted") and AlterTableGetLockLevel() in the server's tablecmds.c.
 */
import type { AlterTableCmd, Constraint, TypeInfo } from '../sql/index.js';
import { constraintsOf, nodeAs, relationName } from '../sql/index.js';
import { analyzeAddColumn } from './column-default.js';
import { analyzeTypeChange } from './type-change.js';
import { inlineForeignKeyValidates } from './foreign-key-validation.js';
import type { LockMode } from './lock-modes.js';

export interface CommandEffect {
  readonly mode: LockMode;
  readonly rewrite: boolean;
  readonly scan: boolean;
  /** Locks this subcommand takes on other relations (referenced table of a FK, attached partition). */
  readonly others: ReadonlyArray<{ readonly relation: string; readonly mode: LockMode; readonly scan: boolean }>;
}

const plain = (mode: LockMode, rewrite = false, scan = false): CommandEffect => ({ mode, rewrite, scan, others: [] });

/**
 * Storage parameters that ALTER TABLE SET (...) changes under SHARE UPDATE EXCLUSIVE: fillfactor, the toast
 * and autovacuum parameters, and parallel_workers (sql-altertable.html, SET ( storage_parameter ... )).
 */
function relOptionsMode(def: unknown): LockMode {
  const items = nodeAs(def as never, 'List')?.items ?? [];
  const light = items.every((item) => {
    const name = nodeAs(item, 'DefElem')?.defname ?? '';
    const ns = nodeAs(item, 'DefElem')?.defnamespace;
    return (
      ns === 'toast' || name === 'fillfactor' || name === 'parallel_workers' || name === 'toast_tuple_target' ||
      name.startsWith('autovacuum_') || name.startsWith('vacuum_') || name === 'log_autovacuum_min_duration'
    );
  });
  return light ? 'ShareUpdateExclusive' : 'AccessExclusive';
}

/** ADD CONSTRAINT: CHECK, UNIQUE, PRIMARY KEY and EXCLUDE take ACCESS EXCLUSIVE; FOREIGN KEY takes SHARE ROW EXCLUSIVE on both tables. */
export function constraintEffect(con: Constraint | undefined): CommandEffect {
  if (!con) return plain('AccessExclusive');
  const validated = con.skip_validation !== true;
  switch (con.contype) {
    case 'CONSTR_FOREIGN': {
      // The validating query joins both tables (ri_triggers.c, RI_Initial_Check): with a hash or merge join, the
      // usual plan for a table of any size, it reads the referenced table whole too.
      const ref = relationName(con.pktable);
      const others = ref ? [{ relation: ref, mode: 'ShareRowExclusive' as const, scan: validated }] : [];
      return { mode: 'ShareRowExclusive', rewrite: false, scan: validated, others };
    }
    case 'CONSTR_CHECK':
    case 'CONSTR_NOTNULL':
      return plain('AccessExclusive', false, validated);
    case 'CONSTR_UNIQUE':
      // USING INDEX reuses a built index; without it the index is built under the lock.
      return plain('AccessExclusive', false, con.indexname === undefined);
    case 'CONSTR_PRIMARY':
      // USING INDEX still sets NOT NULL on the key columns, which scans the table unless they already are.
      return plain('AccessExclusive', false, true);
    case 'CONSTR_EXCLUSION':
      return plain('AccessExclusive', false, true);
    default:
      return plain('AccessExclusive');
  }
}

/** Inline constraints of ADD COLUMN whose check scans the table. */
const SCANNING_CONSTRAINTS = new Set<string>(['CONSTR_CHECK', 'CONSTR_UNIQUE', 'CONSTR_PRIMARY', 'CONSTR_FOREIGN', 'CONSTR_EXCLUSION']);

function addColumnEffect(cmd: AlterTableCmd, pgVersion: number, all: readonly AlterTableCmd[]): CommandEffect {
  const col = nodeAs(cmd.def, 'ColumnDef');
  const analysis = analyzeAddColumn(col, pgVersion);
  let scan = analysis.notNull && !analysis.hasDefault;
  const others: CommandEffect['others'][number][] = [];
  for (const con of constraintsOf(col)) {
    const effect = constraintEffect(con);
    // An inline REFERENCES on a column added without DEFAULT checks no rows (see foreign-key-validation.ts).
    const skipped = con.contype === 'CONSTR_FOREIGN' && !inlineForeignKeyValidates(cmd, all, pgVersion);
    if (SCANNING_CONSTRAINTS.has(con.contype ?? '') && !skipped) scan ||= effect.scan;
    others.push(...(skipped ? effect.others.map((o) => ({ ...o, scan: false })) : effect.others));
  }
  return { mode: 'AccessExclusive', rewrite: analysis.rewriteReason !== undefined, scan, others };
}

function partitionEffect(cmd: AlterTableCmd, pgVersion: number): CommandEffect {
  const part = nodeAs(cmd.def, 'PartitionCmd');
  const child = relationName(part?.name);
  if (cmd.subtype === 'AT_AttachPartition') {
    // PG 12+: SHARE UPDATE EXCLUSIVE on the parent; the attached table is scanned to prove its bound
    // unless a valid CHECK constraint implies it.
    const others = child ? [{ relation: child, mode: 'AccessExclusive' as const, scan: true }] : [];
    return { mode: pgVersion >= 12 ? 'ShareUpdateExclusive' : 'AccessExclusive', rewrite: false, scan: false, others };
  }
  // DETACH ... CONCURRENTLY (PG 14+) holds SHARE UPDATE EXCLUSIVE on the parent; its second transaction, after waiting
  // for every query on the parent, still takes ACCESS EXCLUSIVE on the partition (sql-altertable.html, DETACH PARTITION).
  const concurrent = part?.concurrent === true && pgVersion >= 14;
  const others = child ? [{ relation: child, mode: 'AccessExclusive' as const, scan: false }] : [];
  return { mode: concurrent ? 'ShareUpdateExclusive' : 'AccessExclusive', rewrite: false, scan: false, others };
}

const SHARE_UPDATE_EXCLUSIVE = new Set<string>([
  'AT_SetStatistics', 'AT_SetOptions', 'AT_ResetOptions', 'AT_ClusterOn', 'AT_DropCluster', 'AT_ValidateConstraint',
  'AT_DetachPartitionFinalize',
]);
const SHARE_ROW_EXCLUSIVE = new Set<string>([
  'AT_EnableTrig', 'AT_EnableAlwaysTrig', 'AT_EnableReplicaTrig', 'AT_EnableTrigAll', 'AT_EnableTrigUser',
  'AT_DisableTrig', 'AT_DisableTrigAll', 'AT_DisableTrigUser',
]);
const REWRITES = new Set<string>(['AT_SetTableSpace', 'AT_SetLogged', 'AT_SetUnLogged', 'AT_SetAccessMethod', 'AT_SetExpression']);

/**
 * `all`: every subcommand of the same ALTER TABLE (some effects depend on the others). `oldType`: a column's type
 * before the statement, when known (see column-types.ts). `timeZone`: the session TimeZone, when known.
 */
export function alterTableCommandEffect(
  cmd: AlterTableCmd,
  pgVersion: number,
  all: readonly AlterTableCmd[] = [cmd],
  oldType?: (column: string | undefined) => TypeInfo | undefined,
  timeZone?: string,
): CommandEffect {
  const subtype = cmd.subtype ?? '';
  if (SHARE_UPDATE_EXCLUSIVE.has(subtype)) return plain('ShareUpdateExclusive', false, subtype === 'AT_ValidateConstraint');
  if (SHARE_ROW_EXCLUSIVE.has(subtype)) return plain('ShareRowExclusive');
  if (REWRITES.has(subtype)) return plain('AccessExclusive', true, true);
  switch (subtype) {
    case 'AT_AddColumn':
      return addColumnEffect(cmd, pgVersion, all);
    case 'AT_AddConstraint':
      return constraintEffect(nodeAs(cmd.def, 'Constraint'));
    case 'AT_SetNotNull':
      // Scans the table unless a valid CHECK (col IS NOT NULL) proves it (PG 12+); statically unknown.
      return plain('AccessExclusive', false, true);
    case 'AT_AlterColumnType': {
      // Known binary-coercible from the old type: a catalog change, no rewrite and no scan.
      const verdict = analyzeTypeChange(cmd, oldType?.(cmd.name), { pgMajor: pgVersion, timeZone }).verdict;
      return plain('AccessExclusive', verdict === 'rewrite', verdict !== 'no-rewrite');
    }
    case 'AT_SetRelOptions':
    case 'AT_ResetRelOptions':
      return plain(relOptionsMode(cmd.def));
    case 'AT_AttachPartition':
    case 'AT_DetachPartition':
      return partitionEffect(cmd, pgVersion);
    case 'AT_AddInherit': {
      // INHERIT locks the new parent with SHARE UPDATE EXCLUSIVE (tablecmds.c, ATExecAddInherit); NO INHERIT only
      // reads the old one (ACCESS SHARE).
      const parent = relationName(nodeAs(cmd.def, 'RangeVar'));
      const others = parent ? [{ relation: parent, mode: 'ShareUpdateExclusive' as const, scan: false }] : [];
      return { mode: 'AccessExclusive', rewrite: false, scan: false, others };
    }
    default:
      // Everything else (DROP COLUMN, SET DEFAULT, DROP NOT NULL, DROP CONSTRAINT, OWNER TO, SET STORAGE,
      // identity, row security, INHERIT, REPLICA IDENTITY, ...) is ACCESS EXCLUSIVE and catalog-only.
      return plain('AccessExclusive');
  }
}
