-- UP
UPDATE orders SET currency = 'USD';
