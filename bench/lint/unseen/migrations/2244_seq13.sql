DROP SEQUENCE ledger_id_seq;;
