INSERT INTO shipments (id, order_id, state) SELECT id + 100000, id, 'new' FROM orders WHERE id > 3990;;
