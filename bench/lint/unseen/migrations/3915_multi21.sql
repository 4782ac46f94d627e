CREATE SEQUENCE ticket_seq21;
ALTER TABLE shipments ADD COLUMN ticket bigint;
ALTER TABLE shipments ALTER COLUMN ticket SET DEFAULT nextval('ticket_seq21');;
