CREATE TABLE feature_flags18 (key text PRIMARY KEY, enabled boolean NOT NULL);
INSERT INTO feature_flags18 (key, enabled) VALUES ('new_checkout', false)
ON CONFLICT (key) DO NOTHING;;
