UPDATE shipments SET state = 'delivered' WHERE order_id = 10;;
