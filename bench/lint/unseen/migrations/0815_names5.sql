ALTER TABLE ONLY public.ledger ALTER COLUMN id SET DEFAULT nextval('public.invoice_seq'::regclass);
