INSERT INTO shipments (id, order_id, addr, state)
VALUES (5001, 1, ROW('Main St 1', 'Oslo'), 'new')
ON CONFLICT (id) DO NOTHING;;
