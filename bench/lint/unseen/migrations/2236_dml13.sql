UPDATE shipments SET state = 'delivered' WHERE id IN (1, 2, 3);;
