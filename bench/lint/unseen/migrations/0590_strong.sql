ALTER TABLE shipments ALTER COLUMN state TYPE order_status USING state::order_status;
