DO $$ BEGIN PERFORM setval('invoice_seq', (SELECT coalesce(max(id), 1) FROM ledger)); END $$;
