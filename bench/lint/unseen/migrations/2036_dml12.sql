UPDATE accounts SET plan = 'pro' WHERE id IN (1, 2, 3);;
