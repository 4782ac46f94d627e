ALTER TABLE ledger ALTER COLUMN id SET DEFAULT nextval('invoice_seq');;
