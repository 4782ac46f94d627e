CREATE TABLE cache_archive (key text PRIMARY KEY, value text);
WITH moved AS (
  DELETE FROM cache_entries WHERE key = ANY(ARRAY['k1', 'k2', 'k3']) RETURNING key, value
)
INSERT INTO cache_archive (key, value) SELECT key, value FROM moved;;
