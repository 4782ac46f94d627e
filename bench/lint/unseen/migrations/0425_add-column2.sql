-- UP
ALTER TABLE accounts ADD COLUMN ext_ref uuid DEFAULT NULL;
