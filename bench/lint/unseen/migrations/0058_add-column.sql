ALTER TABLE orders ADD COLUMN c14_default inet DEFAULT '127.0.0.1';
