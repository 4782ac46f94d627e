CREATE OR REPLACE FUNCTION purge_cache() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN TRUNCATE cache_entries; END $$;
SELECT purge_cache();
