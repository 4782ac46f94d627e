UPDATE orders SET total = -1 WHERE id = 10;;
