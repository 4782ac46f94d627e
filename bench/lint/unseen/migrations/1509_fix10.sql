UPDATE ledger SET amount = -amount WHERE id = 1500 AND amount > 0;;
