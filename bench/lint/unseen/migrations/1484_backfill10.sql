UPDATE accounts SET plan = 'starter' WHERE id BETWEEN 1 AND 100 AND plan = 'free';;
