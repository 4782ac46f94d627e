UPDATE orders SET status = 'shipped' WHERE created_at < now();
