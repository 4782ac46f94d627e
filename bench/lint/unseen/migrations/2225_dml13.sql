INSERT INTO customers (id, email, name) VALUES (900001, 'support@x.io', 'Support');;
