ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::text::order_status;;
