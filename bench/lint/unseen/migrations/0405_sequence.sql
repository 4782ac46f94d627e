-- UP
SELECT nextval('invoice_seq');
