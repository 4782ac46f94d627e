ALTER TABLE events ADD COLUMN c3_nn varchar(50) NOT NULL;
