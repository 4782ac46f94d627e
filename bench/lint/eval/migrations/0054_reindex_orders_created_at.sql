-- lockstep:irreversible
-- lockstep:no-transaction
-- UP
-- The index bloated after the bulk import; rebuild it online.
REINDEX INDEX CONCURRENTLY orders_created_at_idx;
