ALTER TABLE events ADD COLUMN c13_nn double precision NOT NULL;
