ALTER TABLE  accounts
  ADD COLUMN  settings  jsonb;;
