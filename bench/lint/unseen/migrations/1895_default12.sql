CREATE SEQUENCE ticket_no_seq;
ALTER TABLE accounts ADD COLUMN ticket_no bigint DEFAULT nextval('ticket_no_seq');;
