ALTER TABLE customers ADD COLUMN salt text NOT NULL DEFAULT md5(random()::text);
