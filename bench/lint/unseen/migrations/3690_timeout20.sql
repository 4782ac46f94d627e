ALTER TABLE accounts ADD CONSTRAINT accounts_balance_nonneg CHECK (balance >= 0) NOT VALID;
SET statement_timeout = 0;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_nonneg;;
