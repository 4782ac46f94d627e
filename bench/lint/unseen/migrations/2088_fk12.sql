CREATE TABLE plans (code text PRIMARY KEY);
ALTER TABLE accounts ADD CONSTRAINT accounts_plan_fk FOREIGN KEY (plan) REFERENCES plans (code) NOT VALID;;
