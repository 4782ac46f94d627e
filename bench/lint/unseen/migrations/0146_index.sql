CREATE UNIQUE INDEX customers_email_uq ON customers (email);
