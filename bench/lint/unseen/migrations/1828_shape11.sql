MERGE INTO accounts a
USING (VALUES (1::bigint, 'pro'), (2::bigint, 'pro'), (3::bigint, 'starter')) AS v (id, plan)
   ON a.id = v.id
 WHEN MATCHED THEN UPDATE SET plan = v.plan;;
