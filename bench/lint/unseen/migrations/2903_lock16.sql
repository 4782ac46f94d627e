BEGIN;
LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO accounts (name, plan) VALUES ('ops', 'internal');
COMMIT;
