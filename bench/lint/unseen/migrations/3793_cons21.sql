ALTER TABLE accounts ADD COLUMN active_during tstzrange;
ALTER TABLE accounts ADD CONSTRAINT accounts_no_overlap21 EXCLUDE USING gist (active_during WITH &&);;
