-- lockstep:irreversible
-- lockstep:no-transaction
-- UP
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_name_trgm_idx
  ON customers USING gin (name gin_trgm_ops);
