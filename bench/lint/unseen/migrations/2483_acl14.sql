ALTER TABLE ledger OWNER TO postgres;;
