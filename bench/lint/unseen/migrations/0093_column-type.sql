ALTER TABLE events ALTER COLUMN kind TYPE varchar(20);
