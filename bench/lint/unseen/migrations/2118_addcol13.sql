ALTER TABLE customers ADD COLUMN tier smallint DEFAULT 1 CHECK (tier BETWEEN 1 AND 5);;
