CREATE TABLE usage_counters (
  account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  day date NOT NULL,
  api_calls bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, day)
) WITH (fillfactor = 70);;
