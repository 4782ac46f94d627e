INSERT INTO accounts (name, plan) VALUES ('Internal QA', 'internal')
ON CONFLICT DO NOTHING;;
