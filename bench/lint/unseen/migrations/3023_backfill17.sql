MERGE INTO cache_entries t
USING (VALUES ('k1', 'new')) AS s (key, value) ON t.key = s.key
WHEN MATCHED THEN UPDATE SET value = s.value
WHEN NOT MATCHED THEN INSERT (key, value) VALUES (s.key, s.value);;
