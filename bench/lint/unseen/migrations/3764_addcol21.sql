ALTER TABLE customers ADD COLUMN ref_code text DEFAULT substr(md5(random()::text), 1, 8);;
