UPDATE accounts SET plan = 'starter' WHERE id IN (SELECT id FROM accounts WHERE plan = 'free' ORDER BY id LIMIT 500);;
