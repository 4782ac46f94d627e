-- migrate:up
ALTER TABLE accounts ADD COLUMN billing_email text;
COMMENT ON COLUMN accounts.billing_email IS 'invoices go here when set';

-- migrate:down
