ALTER TABLE orders ADD COLUMN IF NOT EXISTS status order_status;;
