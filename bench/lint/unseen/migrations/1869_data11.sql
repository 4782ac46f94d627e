INSERT INTO accounts (name, plan)
SELECT v.name, 'free' FROM (VALUES ('Demo 1'), ('Demo 2')) AS v (name)
 WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.name = v.name);;
