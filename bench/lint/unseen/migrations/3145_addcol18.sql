ALTER TABLE customers ADD COLUMN archived_at timestamptz;;
