CREATE TABLE settings (key text PRIMARY KEY, value jsonb NOT NULL DEFAULT '{}'::jsonb);
INSERT INTO settings (key) VALUES ('theme');
