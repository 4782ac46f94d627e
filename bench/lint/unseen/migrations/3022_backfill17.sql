MERGE INTO accounts a
USING customers c ON a.owner_id = c.id
WHEN MATCHED THEN UPDATE SET plan = 'linked';;
