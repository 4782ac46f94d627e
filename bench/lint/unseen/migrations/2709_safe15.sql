INSERT INTO cache_entries (key, value) VALUES ('k1', 'x') ON CONFLICT DO NOTHING;;
