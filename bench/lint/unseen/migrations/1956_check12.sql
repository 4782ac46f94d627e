ALTER TABLE accounts
  ADD COLUMN credit_limit numeric(12, 2),
  ADD CONSTRAINT accounts_credit_limit_nonneg CHECK (credit_limit >= 0) NOT VALID;;
