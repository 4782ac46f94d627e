INSERT INTO customers (id, email, name, region, score)
VALUES (5001, 'ops@x.io', 'Ops', 'eu', 0)
ON CONFLICT (id) DO NOTHING;;
