INSERT INTO customers (id, email, name, region) VALUES (1, 'admin@x.io', 'Admin', 'eu');;
