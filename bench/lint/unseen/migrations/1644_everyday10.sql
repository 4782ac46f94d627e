CREATE SEQUENCE order_number_seq START WITH 100000;
ALTER TABLE orders ADD COLUMN order_number bigint;
ALTER TABLE orders ALTER COLUMN order_number SET DEFAULT nextval('order_number_seq');;
