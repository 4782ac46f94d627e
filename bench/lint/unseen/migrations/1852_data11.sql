INSERT INTO users (email, name, created_at, updated_at)
VALUES ('support@x.io', 'Support', now(), now())
ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, updated_at = now();;
