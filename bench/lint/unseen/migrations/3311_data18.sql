INSERT INTO ledger (account, amount) SELECT account || ':copy', amount FROM ledger;;
