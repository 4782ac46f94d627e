BEGIN;
INSERT INTO accounts (name) VALUES ('a');
INSERT INTO accounts (name) VALUES ('b');
COMMIT;
