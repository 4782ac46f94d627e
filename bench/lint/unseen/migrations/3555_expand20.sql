ALTER TABLE customers ADD COLUMN email_lower text;
CREATE UNIQUE INDEX CONCURRENTLY customers_email_lower_key ON customers (email_lower);;
