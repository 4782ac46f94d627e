ALTER TABLE users ADD COLUMN seq_no bigint DEFAULT nextval('invoice_seq');
