ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg;
ALTER TABLE customers VALIDATE CONSTRAINT customers_score_not_null;;
