ALTER TABLE IF EXISTS public.ledger RENAME TO ledger_entries;;
