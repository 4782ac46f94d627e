ALTER SEQUENCE invoice_seq AS bigint;
