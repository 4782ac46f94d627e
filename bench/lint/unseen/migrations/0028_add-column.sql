ALTER TABLE events ADD COLUMN c6_nn timestamptz NOT NULL;
