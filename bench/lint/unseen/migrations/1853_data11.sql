INSERT INTO cache_entries (key, value)
VALUES ('cfg:a', '1'), ('cfg:b', '2')
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;;
