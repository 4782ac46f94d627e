INSERT INTO users (email, created_at, updated_at)
SELECT 'seed' || g || '@x.io', now(), now() FROM generate_series(1, 5000) AS g;;
