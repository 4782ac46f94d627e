-- UP
ALTER TABLE events ADD COLUMN c1_nn bigint NOT NULL;
