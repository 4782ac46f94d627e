ALTER INDEX orders_customer_id_idx RENAME TO idx_orders_customer21;;
