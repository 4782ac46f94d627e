CREATE TABLE ledger_entries (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ledger_id integer NOT NULL REFERENCES ledger (id), amount bigint NOT NULL);
