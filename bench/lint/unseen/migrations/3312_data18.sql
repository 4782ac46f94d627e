LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE;
UPDATE accounts SET balance = 0 WHERE balance < 0;;
