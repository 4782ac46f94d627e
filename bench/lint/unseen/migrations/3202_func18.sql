CREATE OR REPLACE PROCEDURE expire_cache18(p_keep integer DEFAULT 100)
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM cache_entries WHERE key NOT IN (SELECT key FROM cache_entries ORDER BY key LIMIT p_keep);
END
$$;;
