UPDATE accounts SET plan = 'starter' WHERE plan = 'free';;
