INSERT INTO users (email, name, created_at, updated_at)
VALUES ('ops@x.io', 'ops', now(), now())
ON CONFLICT (email) DO NOTHING;;
