ALTER TABLE customers ADD COLUMN email_lower text;
CREATE UNIQUE INDEX customers_email_lower_key ON customers (email_lower);;
