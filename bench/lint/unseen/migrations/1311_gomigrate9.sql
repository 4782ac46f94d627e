ALTER TABLE orders ADD COLUMN IF NOT EXISTS shipped_at TIMESTAMP;
UPDATE orders SET shipped_at = created_at WHERE status = 'shipped';;
