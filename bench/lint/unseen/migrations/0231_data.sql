INSERT INTO customers (id, email, name, score) VALUES (9999, 'a@b.c', 'seed', 0) ON CONFLICT (id) DO NOTHING;
