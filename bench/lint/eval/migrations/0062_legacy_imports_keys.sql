-- lockstep:irreversible
-- UP
-- legacy_imports never had a primary key; logical replication needs one.
ALTER TABLE legacy_imports ADD PRIMARY KEY (import_id);
ALTER TABLE legacy_imports ADD COLUMN row_id bigint GENERATED ALWAYS AS IDENTITY;
