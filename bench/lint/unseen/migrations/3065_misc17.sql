CREATE TABLE users_api17 (user_id bigint REFERENCES users (id), key text NOT NULL);
CREATE UNIQUE INDEX users_api_key17 ON users_api17 (key);;
