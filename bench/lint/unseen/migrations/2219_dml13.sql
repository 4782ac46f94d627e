UPDATE accounts SET plan = 'pro' WHERE owner_id = 7;;
