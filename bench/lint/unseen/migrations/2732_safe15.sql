UPDATE orders SET status = 'shipped' WHERE id BETWEEN 100 AND 150 AND status = 'paid';;
