UPDATE accounts SET plan = 'free' WHERE id BETWEEN 100 AND 199 AND plan IS NULL;;
