INSERT INTO customers (id, email, name, region) VALUES (2001, 'ops@x.io', 'Ops', 'eu')
ON CONFLICT (id) DO NOTHING;;
