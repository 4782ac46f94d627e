UPDATE customers SET name = 'x' WHERE id IN (1, 2, 3);
