CREATE TABLE user_emails (user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE, email text NOT NULL);
INSERT INTO user_emails (user_id, email)
SELECT id, email FROM users WHERE id BETWEEN 1 AND 150
ON CONFLICT (user_id) DO NOTHING;;
