UPDATE orders SET currency = 'USD' WHERE currency = 'EUR';
