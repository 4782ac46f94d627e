-- UP
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;
