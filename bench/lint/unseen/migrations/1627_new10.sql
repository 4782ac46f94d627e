CREATE TABLE email_suppressions (
  email email_address PRIMARY KEY,
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);;
