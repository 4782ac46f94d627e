DELETE FROM ledger WHERE amount < 0;;
