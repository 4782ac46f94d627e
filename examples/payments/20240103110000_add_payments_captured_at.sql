-- A nullable column without a default is a catalog-only change: no table rewrite.
-- UP
ALTER TABLE payments ADD COLUMN captured_at timestamptz;

-- DOWN
ALTER TABLE payments DROP COLUMN captured_at;
