INSERT INTO accounts (name, plan, owner_id)
SELECT name, 'legacy', id FROM customers WHERE id <= 500
ON CONFLICT DO NOTHING;;
