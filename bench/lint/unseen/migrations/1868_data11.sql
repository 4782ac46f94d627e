CREATE TABLE feature_toggles (name text PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
INSERT INTO feature_toggles VALUES ('old_checkout', now() - interval '2 years'), ('dark_mode', now());
DELETE FROM feature_toggles WHERE created_at < now() - interval '1 year';;
