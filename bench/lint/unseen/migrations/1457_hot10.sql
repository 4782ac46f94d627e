ALTER TABLE orders ADD COLUMN fulfilled_at timestamptz;;
