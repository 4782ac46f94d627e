UPDATE accounts SET balance = 0;
