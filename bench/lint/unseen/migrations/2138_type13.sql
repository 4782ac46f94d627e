ALTER TABLE users ALTER COLUMN updated_at TYPE timestamp(3);;
