ALTER TABLE ledger CLUSTER ON ledger_pkey;;
