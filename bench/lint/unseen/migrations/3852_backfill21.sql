INSERT INTO cache_entries (key, value) VALUES ('k1', 'fresh') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;;
