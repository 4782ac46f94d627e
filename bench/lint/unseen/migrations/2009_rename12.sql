ALTER TABLE ledger RENAME TO ledger_entries;;
