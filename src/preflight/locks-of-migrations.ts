import type { MigrationFile } from '../core/types.js';
import { createdNames, sameName } from '../locks/index.js';
import { statementLocks, type LockFacts } from '../locks/index.js';
import { blockedBy, strongest, type LockMode } from '../locks/index.js';
import type { Prepared } from '../runner/index.js';
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
 * What the statement creates, as the linter's new-object exemption sees it (locks/relation-names.ts), except a
 * rename: the renamed relation is an existing one that other sessions may be using.
 */
function newObjects(stmt: ParsedStatement): string[] {
  return stmt.kind === 'RenameStmt' ? [] : createdNames(stmt).filter((name) => name !== '');
}

/**
 * The relations the pending migrations will lock and in which modes (strongest per relation), from the
 * static lock model. Locks on a relation an earlier statement of the same migration creates are left out,
 * as the plan does: no other session can be using it (of a partial migration, only the statements still to
 * run count, since what the finished ones created exists now). A backfill takes ROW EXCLUSIVE on its
 * table, like any UPDATE; module migrations are listed as unknown.
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
    if (up.kind === 'module') unknown.push(file.id);
    else if (up.kind === 'backfill') need(up.spec.table, 'RowExclusive', file.id);
    else {
      const created: string[] = [];
      for (const stmt of up.statements.slice(resumeFrom)) {
        for (const effect of statementLocks(stmt, facts)) {
          if (!created.some((name) => sameName(name, effect.relation))) need(effect.relation, effect.mode, file.id);
        }
        created.push(...newObjects(stmt));
        if (waitsForOldTransactions(stmt) && !waits.includes(file.id)) waits.push(file.id);
      }
    }
  }
  const locks: NeededLock[] = [...byRelation].map(([relation, { mode, versions }]) => ({ relation, mode, blocks: blockedBy(mode), versions: [...versions] }));
  return { locks, unknown, waitsForOldTransactions: waits };
}
