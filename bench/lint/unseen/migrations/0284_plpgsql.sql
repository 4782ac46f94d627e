DO $$ BEGIN INSERT INTO ledger (account, amount) VALUES ('seed', 0); END $$;
