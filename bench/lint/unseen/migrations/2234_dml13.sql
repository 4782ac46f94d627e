MERGE INTO customers c
USING (VALUES (1::bigint, 'vip')) AS v (id, notes) ON c.id = v.id
WHEN MATCHED THEN UPDATE SET notes = v.notes;;
