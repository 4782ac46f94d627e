UPDATE accounts SET plan = 'free' WHERE plan IS NULL AND id BETWEEN 1 AND 100;;
