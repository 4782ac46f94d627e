ALTER TABLE users ADD COLUMN seq_ref bigint DEFAULT currval('invoice_seq');
