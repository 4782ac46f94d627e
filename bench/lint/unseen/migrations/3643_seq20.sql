CREATE TABLE ledger_new (id integer NOT NULL DEFAULT nextval('ledger_id_seq') PRIMARY KEY, account text NOT NULL, amount numeric(20, 2));
ALTER SEQUENCE ledger_id_seq OWNED BY ledger_new.id;;
