ALTER TABLE accounts ADD COLUMN n serial;
