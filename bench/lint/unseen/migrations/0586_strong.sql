ALTER TABLE users ADD COLUMN flags smallint;
