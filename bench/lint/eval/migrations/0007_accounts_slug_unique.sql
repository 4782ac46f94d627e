-- lockstep:irreversible
-- lockstep:no-transaction
-- UP
-- Build the unique index without blocking writes, then attach it as the constraint.
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_slug_key ON accounts (slug);
ALTER TABLE accounts ADD CONSTRAINT accounts_slug_key UNIQUE USING INDEX accounts_slug_key;
