SET statement_timeout = '30s';
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_nonneg CHECK (balance >= 0) NOT VALID;
RESET statement_timeout;;
