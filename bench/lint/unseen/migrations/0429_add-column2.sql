ALTER TABLE accounts ADD COLUMN code text DEFAULT 'x' || 'y';
