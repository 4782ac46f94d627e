CREATE SEQUENCE ticket_no_seq;
ALTER TABLE accounts ADD COLUMN ticket_no bigint;
ALTER TABLE accounts ALTER COLUMN ticket_no SET DEFAULT nextval('ticket_no_seq');;
