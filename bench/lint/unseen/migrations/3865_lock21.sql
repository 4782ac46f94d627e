VACUUM (ANALYZE) ledger;;
