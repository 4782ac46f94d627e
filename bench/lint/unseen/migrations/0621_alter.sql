-- UP
ALTER TABLE IF EXISTS users RENAME CONSTRAINT users_pkey TO users_pk;
