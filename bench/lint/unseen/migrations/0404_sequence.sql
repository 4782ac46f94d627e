ALTER SEQUENCE invoice_seq RENAME TO invoice_number_seq;
