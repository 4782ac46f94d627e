ALTER TABLE accounts ADD CONSTRAINT accounts_balance_nonneg CHECK (balance >= 0) NOT VALID;
-- validated in its own migration, after accounts_balance_nonneg was added NOT VALID
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_nonneg;;
