CREATE UNIQUE INDEX CONCURRENTLY users_email_uq ON users (email);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_uq;
