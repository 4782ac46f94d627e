-- lockstep:irreversible
-- lockstep:no-transaction
-- UP
-- Reclaim the space freed by the audit log purge.
VACUUM FULL audit_log;
