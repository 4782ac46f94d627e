ALTER TABLE events ADD COLUMN c4_nn numeric(10, 2) NOT NULL;
