ALTER TABLE events ADD COLUMN c0_nn integer NOT NULL;
