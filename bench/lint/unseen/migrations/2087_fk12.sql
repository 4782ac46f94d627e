CREATE TABLE plans (code text PRIMARY KEY, name text NOT NULL);
INSERT INTO plans VALUES ('free', 'Free'), ('pro', 'Pro');;
