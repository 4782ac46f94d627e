INSERT INTO customers (id, email, name, score) VALUES (1, 'a@x.io', 'a', 1) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name;
