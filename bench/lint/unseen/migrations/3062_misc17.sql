CREATE TABLE IF NOT EXISTS feature_flags17 (
  key text PRIMARY KEY,
  enabled boolean NOT NULL DEFAULT false
);
INSERT INTO feature_flags17 (key) VALUES ('new_checkout') ON CONFLICT DO NOTHING;;
