ALTER TABLE accounts
  ADD COLUMN archived_at timestamptz,
  ALTER COLUMN plan SET DEFAULT 'free',
  ADD COLUMN seats integer NOT NULL DEFAULT 1;;
