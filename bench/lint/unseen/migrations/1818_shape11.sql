ALTER TABLE users ALTER COLUMN login_count TYPE integer[] USING ARRAY[login_count];;
