ALTER SEQUENCE invoice_seq SET SCHEMA public;
