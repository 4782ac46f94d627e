ALTER TABLE accounts ALTER COLUMN plan TYPE text;
