-- lockstep:irreversible
-- lockstep:no-transaction
-- UP
DROP INDEX CONCURRENTLY IF EXISTS orders_status_btree_idx;
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;
