CREATE TABLE feature_flags (name text PRIMARY KEY, enabled boolean);
INSERT INTO feature_flags VALUES ('beta', true);
UPDATE feature_flags SET enabled = false;;
