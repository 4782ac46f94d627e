ALTER TABLE customers RENAME COLUMN region TO region_code;;
