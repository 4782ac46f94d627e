ALTER TABLE ledger SET TABLESPACE pg_default;;
