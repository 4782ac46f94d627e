CREATE UNIQUE INDEX CONCURRENTLY customers_email_uq ON customers (email);
