ALTER TABLE orders ADD COLUMN refunded_amount numeric(12, 2) NOT NULL DEFAULT 0.00;;
