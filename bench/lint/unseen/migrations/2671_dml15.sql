INSERT INTO customers (id, email, score) VALUES (5001, 'nobody', 1);;
