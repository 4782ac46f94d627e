UPDATE accounts SET plan = 'starter' WHERE id = 42 AND plan = 'free';;
