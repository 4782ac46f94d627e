ALTER TABLE events ADD COLUMN c5_nn boolean NOT NULL;
