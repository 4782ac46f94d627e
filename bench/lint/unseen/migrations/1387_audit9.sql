CREATE TABLE users_history (LIKE users);
ALTER TABLE users_history ADD COLUMN valid_to timestamptz NOT NULL DEFAULT now();
INSERT INTO users_history SELECT u.*, now() FROM users u WHERE u.id = 1;;
