import { formatDuration } from '../../core/duration.js';
import type { Session } from '../../db/index.js';
import type { Finding, SessionInfo } from '../types.js';
import { describeSession, SESSION_COLUMNS, shortQuery } from './session-info.js';
import { withQueryShapes } from '../../sql/index.js';

export interface TransactionThresholds {
  readonly longTransactionMs: number;
  readonly idleInTransactionMs: number;
  /** Versions whose concurrent index builds wait for older transactions. */
  readonly waitsForOldTransactions: readonly string[];
  /** Sessions already reported as lock blockers. */
  readonly skipPids: ReadonlySet<number>;
}

/**
 * Open transactions anywhere in this database: an old snapshot holds back vacuum and makes a concurrent index
 * build wait, and an idle-in-transaction session keeps its locks until its client returns.
 */
export async function transactionFindings(session: Session, t: TransactionThresholds): Promise<Finding[]> {
  const res = await session.query<SessionInfo>(
    `select ${SESSION_COLUMNS} from pg_stat_activity a
      where a.datname = current_database() and a.pid <> pg_backend_pid() and a.xact_start is not null
        and a.backend_type = 'client backend'
      order by a.xact_start`,
  );
  const out: Finding[] = [];
  for (const s of await withQueryShapes(res.rows)) {
    if (t.skipPids.has(s.pid)) continue;
    const idle = (s.state ?? '').startsWith('idle in transaction');
    if (idle && (s.stateMs ?? 0) >= t.idleInTransactionMs) out.push(idleFinding(s, t));
    else if ((s.transactionMs ?? 0) >= t.longTransactionMs) out.push(longFinding(s, t));
  }
  return out;
}

function cicNote(t: TransactionThresholds): string {
  return t.waitsForOldTransactions.length ? ` ${t.waitsForOldTransactions.join(', ')} builds an index concurrently, which waits for this transaction to end.` : '';
}

function idleFinding(s: SessionInfo, t: TransactionThresholds): Finding {
  return {
    check: 'idle-in-transaction',
    severity: 'warning',
    message: `${describeSession(s)} has been idle in its transaction for ${formatDuration(s.stateMs ?? 0)}${shortQuery(s)}.${cicNote(t)}`,
    hint: `It keeps its locks and its snapshot until its client commits. Find the client (application_name, client address), or end it with select pg_terminate_backend(${s.pid}); consider idle_in_transaction_session_timeout.`,
    session: s,
  };
}

function longFinding(s: SessionInfo, t: TransactionThresholds): Finding {
  return {
    check: 'long-transaction',
    severity: 'warning',
    message: `${describeSession(s)} has had a transaction open for ${formatDuration(s.transactionMs ?? 0)} (threshold ${formatDuration(t.longTransactionMs)})${shortQuery(s)}.${cicNote(t)}`,
    hint: 'A long transaction holds back vacuum, and any lock it takes later is held until it ends. Run the migration after it finishes, or ask its owner.',
    session: s,
  };
}
