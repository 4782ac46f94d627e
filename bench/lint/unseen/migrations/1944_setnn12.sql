-- 000124_orders_currency_required.up.sql
ALTER TABLE orders ALTER COLUMN currency SET NOT NULL;;
