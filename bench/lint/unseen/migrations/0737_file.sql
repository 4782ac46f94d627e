ALTER TABLE users ADD COLUMN invited_by bigint;
INSERT INTO users (email, name, created_at, updated_at) VALUES ('admin@x.io', 'admin', now(), now());
