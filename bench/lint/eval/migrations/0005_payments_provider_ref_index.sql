-- lockstep:irreversible
-- UP
-- Reconciliation looks payments up by the provider's reference.
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY payments_provider_ref_idx ON payments (provider, provider_ref);
