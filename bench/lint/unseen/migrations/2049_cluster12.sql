CLUSTER ledger USING ledger_pkey;;
