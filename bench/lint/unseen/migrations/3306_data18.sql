UPDATE ledger SET account = lower(account) WHERE id <= 20;;
