INSERT INTO accounts (name, plan, owner_id) SELECT name, 'legacy', id FROM customers;;
