BEGIN;
CREATE TABLE rate_limits (key text PRIMARY KEY, hits integer NOT NULL DEFAULT 0);
LOCK TABLE rate_limits IN ACCESS EXCLUSIVE MODE;
INSERT INTO rate_limits VALUES ('global', 0);
COMMIT;
