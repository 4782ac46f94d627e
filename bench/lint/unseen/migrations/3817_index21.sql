DROP INDEX IF EXISTS ledger_amount_idx21;;
