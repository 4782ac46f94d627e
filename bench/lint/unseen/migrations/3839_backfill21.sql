INSERT INTO customers (id, email, name, region) VALUES (5002, 'ops2@x.io', 'ops2', 'us');;
