UPDATE ledger SET amount = 0 WHERE id BETWEEN 1 AND 500 AND amount IS NULL;;
