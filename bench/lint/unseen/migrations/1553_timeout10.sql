SET lock_timeout = '3s';
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_total_nonneg;
RESET lock_timeout;;
