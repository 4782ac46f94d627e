ALTER TABLE accounts ADD COLUMN ext_id bigint UNIQUE;
