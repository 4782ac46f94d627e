ALTER TABLE accounts ADD COLUMN region text DEFAULT 'eu';
