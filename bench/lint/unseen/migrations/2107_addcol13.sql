ALTER TABLE orders ADD COLUMN IF NOT EXISTS refunded_total numeric(12,2) DEFAULT 0;;
