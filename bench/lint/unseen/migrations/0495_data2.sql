MERGE INTO customers c USING (VALUES (1::bigint, 'x')) AS v (id, n) ON c.id = v.id WHEN MATCHED THEN UPDATE SET name = v.n;
