BEGIN;
CREATE TABLE plans18 (code text PRIMARY KEY, name text NOT NULL);
INSERT INTO plans18 VALUES ('free', 'Free'), ('pro', 'Pro');
ALTER TABLE accounts ADD CONSTRAINT accounts_plan_fk18 FOREIGN KEY (plan) REFERENCES plans18 (code);
COMMIT;
