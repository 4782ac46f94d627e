ALTER TABLE accounts ADD COLUMN amount_cents bigint GENERATED ALWAYS AS ((balance * 100)::bigint) STORED;
