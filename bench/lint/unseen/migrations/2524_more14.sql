ALTER TABLE accounts RENAME COLUMN owner_id TO owner_customer_id;;
