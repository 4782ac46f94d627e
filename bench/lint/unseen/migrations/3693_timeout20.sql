SET lock_timeout = 0;
LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE;
UPDATE accounts SET plan = 'free' WHERE plan IS NULL;;
