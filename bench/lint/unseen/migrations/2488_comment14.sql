COMMENT ON INDEX orders_customer_id_idx IS NULL;;
