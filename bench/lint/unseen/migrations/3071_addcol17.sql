ALTER TABLE posts ADD COLUMN lang regconfig NOT NULL DEFAULT 'english';;
