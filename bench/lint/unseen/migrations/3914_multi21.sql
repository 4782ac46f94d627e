CREATE SEQUENCE ticket_seq21;
ALTER TABLE shipments ADD COLUMN ticket bigint DEFAULT nextval('ticket_seq21');;
