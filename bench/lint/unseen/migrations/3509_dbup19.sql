-- Script0012 - AddOrderSource.sql
ALTER TABLE orders ADD COLUMN order_source varchar(20);
UPDATE orders SET order_source = 'import';;
