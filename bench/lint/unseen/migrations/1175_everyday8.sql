UPDATE accounts SET plan = 'enterprise' WHERE id IN (3, 7, 11);
