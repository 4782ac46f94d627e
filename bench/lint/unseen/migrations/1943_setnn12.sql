DO $$ BEGIN ALTER TABLE public.ledger ADD CONSTRAINT ledger_amount_nn CHECK (amount IS NOT NULL) NOT VALID; END $$;;
