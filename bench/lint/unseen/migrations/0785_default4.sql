ALTER TABLE users ADD COLUMN ref_code text DEFAULT gen_random_uuid()::text;
