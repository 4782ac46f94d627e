INSERT INTO orders (id, customer_id, status, total, currency)
VALUES (900001, 5, 'pending', 10, 'EUR')
ON CONFLICT (id) DO NOTHING;;
