WITH gone AS (
  DELETE FROM cache_entries WHERE key LIKE 'k1%' RETURNING key
)
SELECT count(*) FROM gone;;
