UPDATE orders SET status = 'shipped', total = 120.50 WHERE id IN (1001, 1002, 1003);;
