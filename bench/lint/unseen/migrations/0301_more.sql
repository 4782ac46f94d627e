UPDATE ledger SET account = upper(account) WHERE account LIKE 'a%';
