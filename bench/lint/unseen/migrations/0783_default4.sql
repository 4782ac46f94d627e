ALTER TABLE users ADD COLUMN code2 text DEFAULT md5('seed');
