CREATE TABLE plans_p (code text NOT NULL, tier text NOT NULL, PRIMARY KEY (code, tier)) PARTITION BY LIST (tier);
CREATE TABLE plans_p_paid PARTITION OF plans_p FOR VALUES IN ('paid');
ALTER TABLE accounts ADD COLUMN plan_tier text;
ALTER TABLE accounts ADD CONSTRAINT accounts_plan_fk FOREIGN KEY (plan, plan_tier) REFERENCES plans_p (code, tier) NOT VALID;;
