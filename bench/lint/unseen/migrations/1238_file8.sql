ALTER TABLE accounts ADD COLUMN status text;
ALTER TABLE accounts ALTER COLUMN status SET NOT NULL;
