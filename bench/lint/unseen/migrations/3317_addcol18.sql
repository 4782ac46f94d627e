ALTER TABLE cache_entries ADD COLUMN "ttl" interval DEFAULT '1 hour'::interval, ALTER COLUMN value SET NOT NULL;;
