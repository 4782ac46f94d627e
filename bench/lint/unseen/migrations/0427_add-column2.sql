ALTER TABLE accounts ADD COLUMN weight numeric DEFAULT 1.5;
