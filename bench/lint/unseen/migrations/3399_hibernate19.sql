create sequence ledger_seq start with 2001 increment by 50;;
