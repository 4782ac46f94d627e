CREATE INDEX CONCURRENTLY IF NOT EXISTS ledger_account_idx ON public.ledger USING btree (account);;
