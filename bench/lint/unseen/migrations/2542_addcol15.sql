ALTER TABLE customers ADD COLUMN rank integer DEFAULT 0, ADD COLUMN token text DEFAULT md5(random()::text);;
