ALTER TABLE cache_entries RENAME COLUMN value TO payload;;
