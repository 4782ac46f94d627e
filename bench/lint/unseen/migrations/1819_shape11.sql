CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE accounts ADD COLUMN active_during tstzrange;
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_no_overlap EXCLUDE USING gist (owner_id WITH =, active_during WITH &&);;
