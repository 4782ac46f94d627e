-- lockstep:irreversible
-- UP
ALTER TABLE accounts ADD COLUMN tax_region text;
ALTER TABLE accounts ADD COLUMN vat_number text;
ALTER TABLE accounts ADD COLUMN tax_exempt boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN accounts.vat_number IS 'EU VAT id, checked by the billing service';
