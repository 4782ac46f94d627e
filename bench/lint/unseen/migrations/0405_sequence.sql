SELECT nextval('invoice_seq');
