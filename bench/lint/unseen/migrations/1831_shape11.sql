MERGE INTO cache_entries c
USING (VALUES ('k1'), ('k2')) AS v (key) ON c.key = v.key
WHEN MATCHED THEN DELETE;;
