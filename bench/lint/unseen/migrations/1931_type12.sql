ALTER TABLE accounts
  ADD COLUMN archived_at timestamptz,
  ALTER COLUMN plan TYPE varchar(10),
  ADD COLUMN seats integer NOT NULL DEFAULT 1;;
