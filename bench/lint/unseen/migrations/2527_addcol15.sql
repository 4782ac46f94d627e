ALTER TABLE sales ADD COLUMN sale_id uuid DEFAULT gen_random_uuid();;
