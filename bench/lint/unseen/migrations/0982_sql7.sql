ALTER TABLE cache_entries SET LOGGED;
