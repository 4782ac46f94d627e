UPDATE orders SET status = 'shipped' WHERE status = 'paid' AND id BETWEEN 1 AND 200;;
