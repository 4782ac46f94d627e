-- UP
DROP SEQUENCE invoice_seq;
