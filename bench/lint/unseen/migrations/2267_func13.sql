CREATE PROCEDURE purge_cache(p_limit int) LANGUAGE sql AS $$
  DELETE FROM cache_entries WHERE key IN (SELECT key FROM cache_entries LIMIT p_limit)
$$;;
