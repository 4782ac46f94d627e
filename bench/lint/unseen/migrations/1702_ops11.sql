SET lock_timeout = '3s';
DROP INDEX IF EXISTS orders_customer_id_idx;;
