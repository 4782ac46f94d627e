INSERT INTO shipments (id, order_id, addr, state) VALUES (5001, 1, ROW('1 Main St', 'Springfield'), 'new');;
