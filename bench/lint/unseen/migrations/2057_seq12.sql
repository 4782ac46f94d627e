ALTER SEQUENCE ledger_id_seq AS bigint;;
