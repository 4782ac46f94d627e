-- lockstep:irreversible
-- UP
-- Naming convention cleanup; application code never refers to these names.
ALTER INDEX orders_status_idx RENAME TO orders_status_btree_idx;
ALTER TABLE orders RENAME CONSTRAINT orders_total_nonnegative TO orders_total_cents_check;
