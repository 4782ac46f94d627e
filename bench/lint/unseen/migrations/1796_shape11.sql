ALTER TABLE orders ADD COLUMN age interval GENERATED ALWAYS AS (now() - created_at) STORED;;
