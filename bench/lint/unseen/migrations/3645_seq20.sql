CREATE TABLE ledger_archive (
  id integer PRIMARY KEY DEFAULT nextval('ledger_id_seq'),
  account text NOT NULL,
  amount bigint,
  archived_at timestamptz NOT NULL DEFAULT now()
);;
