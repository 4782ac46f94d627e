ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('invoice_seq');;
