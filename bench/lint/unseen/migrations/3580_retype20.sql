ALTER TABLE orders RENAME COLUMN qty TO qty_int;
ALTER TABLE orders ADD COLUMN qty bigint;
ALTER TABLE orders DROP COLUMN qty_int;;
