INSERT INTO accounts (name, plan, owner_id) SELECT 'team of ' || name, 'team', id FROM users WHERE admin;
