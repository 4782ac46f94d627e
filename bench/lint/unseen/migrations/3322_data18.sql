UPDATE accounts SET balance = balance * 1.0 WHERE created_at < now();;
