CREATE STATISTICS ledger_stats21 (dependencies) ON id, amount FROM ledger;;
