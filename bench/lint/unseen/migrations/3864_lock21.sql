SET lock_timeout = '2s';
DROP INDEX orders_customer_id_idx;;
