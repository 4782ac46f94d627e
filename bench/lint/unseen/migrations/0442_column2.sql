ALTER TABLE accounts ALTER COLUMN created_at SET DEFAULT now();
