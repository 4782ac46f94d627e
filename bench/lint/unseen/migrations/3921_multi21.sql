CREATE TABLE ledger_tags21 (ledger_id integer NOT NULL REFERENCES ledger (id) ON DELETE CASCADE, tag text NOT NULL, PRIMARY KEY (ledger_id, tag));
COMMENT ON TABLE ledger_tags21 IS 'free-form tags per ledger entry';;
