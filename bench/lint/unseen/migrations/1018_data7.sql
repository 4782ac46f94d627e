INSERT INTO customers (id, email, name, region, score) VALUES (100001, 'ops@example.com', 'Ops', 'eu', 0) ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email;
