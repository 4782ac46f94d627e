ALTER TABLE orders
  ADD COLUMN paid_at timestamptz,
  ADD CONSTRAINT orders_paid_at_check CHECK (paid_at IS NULL OR status <> 'pending') NOT VALID;;
