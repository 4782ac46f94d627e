ALTER TABLE ledger ALTER COLUMN id SET DEFAULT nextval('ledger_id_seq'::regclass);;
