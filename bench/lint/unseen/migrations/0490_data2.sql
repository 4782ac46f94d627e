INSERT INTO accounts (name) VALUES ('seed');
