DO $$ DECLARE i int; BEGIN FOR i IN 1..3 LOOP INSERT INTO ledger (account, amount) VALUES ('seed-' || i, 0); END LOOP; END $$;
