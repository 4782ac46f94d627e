ALTER TABLE posts ADD COLUMN position integer DEFAULT nextval('invoice_seq');;
