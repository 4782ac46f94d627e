CREATE FUNCTION orders_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO ledger (account, amount) VALUES ('audit', 0); RETURN NEW; END $$;
