TRUNCATE TABLE cache_entries, ledger RESTART IDENTITY;;
