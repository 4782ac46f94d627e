CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(12, 2));
ALTER TABLE invoices ALTER COLUMN total SET NOT NULL, ALTER COLUMN total TYPE numeric(14, 2);;
