CREATE TABLE data_exports (
  id bigserial PRIMARY KEY,
  account_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'queued',
  file_url text,
  requested_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
COMMENT ON TABLE data_exports IS 'GDPR exports requested from the settings page';;
