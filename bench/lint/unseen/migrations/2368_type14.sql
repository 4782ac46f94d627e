ALTER TABLE events ALTER COLUMN kind TYPE order_status USING kind::order_status;;
