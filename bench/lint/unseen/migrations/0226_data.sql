UPDATE orders SET currency = 'USD' WHERE id >= 1000 AND id < 1500;
