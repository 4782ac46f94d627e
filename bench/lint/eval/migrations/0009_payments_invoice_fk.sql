-- lockstep:irreversible
-- UP
SET lock_timeout = '3s';
ALTER TABLE payments
  ADD CONSTRAINT payments_invoice_id_fkey
  FOREIGN KEY (invoice_id) REFERENCES invoices (id) NOT VALID;
