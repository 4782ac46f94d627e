SET lock_timeout = '3s';
SET statement_timeout = '60s';
ALTER TABLE cache_entries ADD COLUMN hits integer;;
