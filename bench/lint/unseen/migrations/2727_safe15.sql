ALTER TABLE customers ADD COLUMN IF NOT EXISTS notes text;;
