ALTER TABLE cache_entries ALTER COLUMN value TYPE varchar(255);;
