ALTER TABLE orders RENAME CONSTRAINT orders_total_nonneg TO orders_total_non_negative;;
