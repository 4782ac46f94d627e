DELETE FROM ledger WHERE id = ANY(ARRAY[5, 6, 7]) AND amount = 0;;
