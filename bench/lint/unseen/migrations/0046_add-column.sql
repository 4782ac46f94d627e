ALTER TABLE orders ADD COLUMN c11_default order_status DEFAULT 'pending';
