INSERT INTO cache_entries (key, value) VALUES ('schema_version', '14')
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;;
