ANALYZE ledger;;
