INSERT INTO orders (id, customer_id, total, currency) VALUES (5000, 1, -1, 'EUR');;
