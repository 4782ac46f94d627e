REINDEX (VERBOSE) INDEX CONCURRENTLY public.orders_customer_id_idx;;
