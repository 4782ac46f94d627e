CREATE INDEX IF NOT EXISTS index_users_on_email ON users (email);
