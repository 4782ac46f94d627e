CREATE TABLE legacy_accounts (name text NOT NULL, owner_id bigint);
INSERT INTO legacy_accounts VALUES ('old a', 1), ('old b', 2);
INSERT INTO accounts (name, plan, owner_id)
SELECT name, 'legacy', owner_id FROM legacy_accounts;
DROP TABLE legacy_accounts;;
