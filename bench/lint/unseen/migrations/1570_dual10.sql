ALTER TABLE users ADD COLUMN full_name text;
UPDATE users SET full_name = name WHERE id <= 200 AND full_name IS NULL;;
