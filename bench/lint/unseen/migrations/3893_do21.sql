CREATE PROCEDURE purge_cache21(p_batch integer)
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM cache_entries WHERE key IN (SELECT key FROM cache_entries LIMIT p_batch);
  COMMIT;
END
$$;;
