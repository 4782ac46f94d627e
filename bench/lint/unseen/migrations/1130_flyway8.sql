INSERT INTO accounts (name, plan) SELECT 'system', 'internal' WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE name = 'system');
