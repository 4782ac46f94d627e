ALTER TABLE users ADD COLUMN created_by text DEFAULT current_user;
