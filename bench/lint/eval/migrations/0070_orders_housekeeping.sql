-- lockstep:irreversible
-- lockstep:no-transaction
-- UP
VACUUM (ANALYZE) orders;
ANALYZE order_items;
