ALTER TABLE customers ADD COLUMN c11_required order_status NOT NULL DEFAULT 'pending';
