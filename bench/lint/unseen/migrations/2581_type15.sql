ALTER TABLE cache_entries ALTER COLUMN key TYPE varchar(255);;
