ALTER TABLE orders ADD COLUMN c11_plain order_status;
