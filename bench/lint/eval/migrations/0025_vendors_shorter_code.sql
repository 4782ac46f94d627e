-- lockstep:irreversible
-- UP
-- Vendor codes are at most 10 characters in the new ERP.
ALTER TABLE vendors ALTER COLUMN code TYPE varchar(10);
