ALTER TABLE events ADD COLUMN c12_nn smallint NOT NULL;
