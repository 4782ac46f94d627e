ALTER TABLE accounts ADD COLUMN status text DEFAULT 'active';
ALTER TABLE accounts ALTER COLUMN status SET NOT NULL;
