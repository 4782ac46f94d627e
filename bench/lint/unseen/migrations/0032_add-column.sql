-- UP
ALTER TABLE events ADD COLUMN c7_nn jsonb NOT NULL;
