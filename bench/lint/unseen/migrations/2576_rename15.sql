CREATE TABLE feature_flags (flag text PRIMARY KEY, enabled boolean NOT NULL DEFAULT false);
ALTER TABLE feature_flags RENAME COLUMN flag TO key;;
