import type { MigrationFile } from '../core/types.js';
import { statementLocks, type LockFacts } from '../lint/lock-model.js';
import { blockedBy, strongest, type LockMode } from '../lint/lock-modes.js';
import type { Prepared } from '../runner/prepare.js';
import type { ParsedStatement } from '../sql/index.js';
import type { MigrationLocks, NeededLock } from './types.js';

type Obj = Record<string, unknown>;

export interface PendingStep {
  readonly file: MigrationFile;
  readonly up: Prepared;
  /** Statements before this index already ran (a partial migration). */
  readonly resumeFrom: number;
}

/** CREATE INDEX CONCURRENTLY and REINDEX CONCURRENTLY wait for older transactions (sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY). */
function waitsForOldTransactions(stmt: ParsedStatement): boolean {
  const node = stmt.node as Obj;
  if (stmt.kind === 'IndexStmt') return (node.IndexStmt as Obj).concurrent === true;
  if (stmt.kind === 'ReindexStmt') {
    const params = ((node.ReindexStmt as Obj).params ?? []) as Obj[];
    return params.some((p) => (p.DefElem as Obj | undefined)?.defname === 'concurrently');
  }
  return false;
}

/**
 * The relations the pending migrations will lock and in which modes (strongest per relation), from the
 * static lock model. A backfill takes ROW EXCLUSIVE on its table, like any UPDATE; module migrations
 * are listed as unknown.
 */
export function locksOfMigrations(steps: readonly PendingStep[], facts?: LockFacts): MigrationLocks {
  const byRelation = new Map<string, { mode: LockMode; versions: Set<string> }>();
  const unknown: string[] = [];
  const waits: string[] = [];
  const need = (relation: string, mode: LockMode, version: string): void => {
    const prev = byRelation.get(relation);
    if (!prev) byRelation.set(relation, { mode, versions: new Set([version]) });
    else {
      prev.mode = strongest(prev.mode, mode);
      prev.versions.add(version);
    }
  };
  for (const { file, up, resumeFrom } of steps) {
    if (up.kind === 'module') unknown.push(file.version);
    else if (up.kind === 'backfill') need(up.spec.table, 'RowExclusive', file.version);
    else {
      for (const stmt of up.statements.slice(resumeFrom)) {
        for (const effect of statementLocks(stmt, facts)) need(effect.relation, effect.mode, file.version);
        if (waitsForOldTransactions(stmt) && !waits.includes(file.version)) waits.push(file.version);
      }
    }
  }
  const locks: NeededLock[] = [...byRelation].map(([relation, { mode, versions }]) => ({ relation, mode, blocks: blockedBy(mode), versions: [...versions] }));
  return { locks, unknown, waitsForOldTransactions: waits };
}
