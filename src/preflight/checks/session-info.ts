import { formatDuration } from '../../core/duration.js';
import type { SessionInfo } from '../types.js';

/** pg_stat_activity columns as SessionInfo; `a` is the pg_stat_activity alias. */
export const SESSION_COLUMNS = `a.pid, a.application_name as "applicationName", a.usename as "user", a.client_addr::text as "clientAddr",
  a.state, left(a.query, 300) as query, (extract(epoch from now() - a.xact_start) * 1000)::float8 as "transactionMs",
  (extract(epoch from now() - a.state_change) * 1000)::float8 as "stateMs", a.backend_type as "backendType"`;

/** "pid 123 (report-job, idle in transaction, transaction open 6.2s)". */
export function describeSession(s: SessionInfo): string {
  const parts = [
    s.applicationName || 'no application_name',
    s.user ? `user ${s.user}` : '',
    s.state ?? '',
    s.transactionMs !== null ? `transaction open ${formatDuration(s.transactionMs)}` : '',
  ].filter(Boolean);
  return `pid ${s.pid} (${parts.join(', ')})`;
}

export function shortQuery(s: SessionInfo): string {
  const q = (s.query ?? '').replace(/\s+/g, ' ').trim();
  return q ? `: ${q.slice(0, 100)}${q.length > 100 ? '…' : ''}` : '';
}
