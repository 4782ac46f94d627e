UPDATE ledger SET account = upper(account) WHERE id IN (1, 2, 3);;
