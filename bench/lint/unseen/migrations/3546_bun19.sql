ALTER TABLE posts ADD COLUMN lang varchar(5) NOT NULL DEFAULT 'en';

--bun:split

ALTER TABLE posts ALTER COLUMN lang DROP DEFAULT;;
