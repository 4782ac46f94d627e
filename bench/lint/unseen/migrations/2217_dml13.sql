UPDATE orders SET currency = 'USD' WHERE id = 42;;
