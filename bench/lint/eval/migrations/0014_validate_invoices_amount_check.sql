-- lockstep:irreversible
-- UP
SET statement_timeout = '10min';
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_amount_positive;
