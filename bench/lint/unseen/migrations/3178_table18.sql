CREATE TABLE ledger_entries18 (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ledger_id integer NOT NULL REFERENCES ledger (id),
  account_id bigint NOT NULL REFERENCES accounts (id),
  amount numeric(14, 2) NOT NULL
);
CREATE INDEX ledger_entries18_ledger_id_idx ON ledger_entries18 (ledger_id);
CREATE INDEX ledger_entries18_account_id_idx ON ledger_entries18 (account_id);;
