WITH stale AS (
  SELECT key FROM cache_entries ORDER BY key LIMIT 200
)
DELETE FROM cache_entries c USING stale WHERE c.key = stale.key;;
