ALTER TABLE accounts ALTER COLUMN owner_id TYPE integer;
