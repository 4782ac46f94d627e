CREATE TABLE IF NOT EXISTS audit_log (
  id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  row_id bigint,
  changed_at timestamptz NOT NULL DEFAULT now(),
  diff jsonb
);
