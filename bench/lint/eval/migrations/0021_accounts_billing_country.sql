-- lockstep:irreversible
-- UP
-- Billing needs a country for VAT.
ALTER TABLE accounts ADD COLUMN billing_country char(2) NOT NULL;
