ALTER TABLE ledger SET (fillfactor = 80);
ALTER TABLE ledger OWNER TO postgres;;
