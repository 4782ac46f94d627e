ALTER TABLE users ADD COLUMN display_name varchar;
UPDATE users SET display_name = name;
