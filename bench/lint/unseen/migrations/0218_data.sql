UPDATE orders SET currency = 'USD';
