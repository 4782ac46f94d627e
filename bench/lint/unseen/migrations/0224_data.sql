UPDATE orders SET currency = 'USD' WHERE id BETWEEN 1 AND 500;
