SET lock_timeout = '3s';
SET statement_timeout = '1min';
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;
