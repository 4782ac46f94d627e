CREATE MATERIALIZED VIEW user_logins16 AS SELECT id, login_count FROM users WITH NO DATA;
CREATE UNIQUE INDEX user_logins16_id ON user_logins16 (id);;
