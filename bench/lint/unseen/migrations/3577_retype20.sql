ALTER TABLE orders ADD COLUMN qty_bigint bigint;
UPDATE orders SET qty_bigint = qty WHERE id > 3500 AND id <= 4000;;
