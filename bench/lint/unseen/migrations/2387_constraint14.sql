ALTER TABLE orders ALTER CONSTRAINT orders_customer_id_fkey NOT DEFERRABLE;;
