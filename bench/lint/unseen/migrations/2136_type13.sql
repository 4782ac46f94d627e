ALTER TABLE posts ALTER COLUMN title TYPE varchar(200);;
