CREATE SEQUENCE IF NOT EXISTS order_number_seq START WITH 100000;
ALTER TABLE orders ALTER COLUMN legacy_code SET DEFAULT 'ORD-' || nextval('order_number_seq');
