DELETE FROM accounts WHERE id = 42;
