ALTER TABLE users ADD COLUMN token2 text DEFAULT md5(random()::text);
