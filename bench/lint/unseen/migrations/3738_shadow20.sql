CREATE TABLE accounts_rebuilt AS SELECT * FROM accounts;;
