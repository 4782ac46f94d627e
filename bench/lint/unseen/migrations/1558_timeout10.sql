SET statement_timeout = '15min';
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg;;
