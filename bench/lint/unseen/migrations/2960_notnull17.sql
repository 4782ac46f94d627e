ALTER TABLE ONLY public.ledger
  ADD CONSTRAINT ledger_amount_present17 CHECK (amount IS NOT NULL) NOT VALID,
  ALTER COLUMN amount SET NOT NULL;;
