SET lock_timeout = '3s';
SET statement_timeout = '20min';
CREATE INDEX users_created_idx ON users (created_at);
