INSERT INTO accounts (name, plan) VALUES ('house account', 'internal') RETURNING id;;
