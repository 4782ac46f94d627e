ALTER INDEX orders_customer_id_idx RENAME TO index_orders_on_customer_id;;
