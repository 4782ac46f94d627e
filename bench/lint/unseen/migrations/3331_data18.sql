UPDATE ledger SET amount = -amount WHERE account LIKE 'a1%';;
