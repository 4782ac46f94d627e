ALTER TABLE accounts ADD COLUMN billing_emial text;
ALTER TABLE accounts RENAME COLUMN billing_emial TO billing_email;;
