ALTER TABLE shipments ALTER COLUMN id SET DEFAULT nextval('invoice_seq');;
