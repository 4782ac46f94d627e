ALTER TABLE accounts
  ADD COLUMN region_code text NOT NULL DEFAULT 'eu',
  ADD CONSTRAINT accounts_region_code_fmt18 CHECK (region_code ~ '^[a-z]{2}$') NOT VALID;;
