ALTER TABLE accounts ADD COLUMN seats integer NOT NULL;;
