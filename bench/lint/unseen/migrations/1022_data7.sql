INSERT INTO users (email, name, admin, created_at, updated_at) VALUES ('admin@example.com', 'Admin', true, now(), now()) ON CONFLICT (email) DO NOTHING;
