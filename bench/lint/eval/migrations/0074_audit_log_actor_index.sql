-- lockstep:irreversible
-- lockstep:no-transaction
-- UP
SET lock_timeout = '1s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS audit_log_actor_id_idx ON audit_log (actor_id)
  WHERE actor_id IS NOT NULL;
