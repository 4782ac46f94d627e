ALTER TABLE events ADD COLUMN c10_nn integer[] NOT NULL;
