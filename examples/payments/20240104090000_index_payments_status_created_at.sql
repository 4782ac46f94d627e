-- lockstep:no-transaction
-- SAFETY: builds the index without blocking writes; if it fails, an INVALID index is left behind and the down section drops it.
-- CREATE INDEX CONCURRENTLY cannot run inside a transaction block:
-- https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY
-- UP
CREATE INDEX CONCURRENTLY payments_status_created_at_idx ON payments (status, created_at);

-- DOWN
DROP INDEX CONCURRENTLY payments_status_created_at_idx;
