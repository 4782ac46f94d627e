INSERT INTO accounts (name, plan) VALUES ('internal', 'enterprise');;
