INSERT INTO customers (id, email, name, region, score) VALUES (900001, 'ops@x.io', 'Ops', 'eu', 0);;
