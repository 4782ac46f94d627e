UPDATE orders SET total = total * 1.1 WHERE customer_id = 42;;
