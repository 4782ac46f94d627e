INSERT INTO accounts (id, name) VALUES (5000, 'house account');;
