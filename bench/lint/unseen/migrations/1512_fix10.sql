-- support ticket 4411: merge the duplicate account into the original
UPDATE accounts SET owner_id = 7 WHERE id = 2007;
DELETE FROM accounts WHERE id = 2008;;
