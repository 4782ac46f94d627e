UPDATE ledger SET amount = amount * 100;;
