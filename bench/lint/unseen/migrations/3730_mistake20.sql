ALTER TABLE accounts ADD COLUMN plan_code text;
UPDATE accounts SET plan_code = plan WHERE id <= 100;
ALTER TABLE accounts ALTER COLUMN plan_code TYPE varchar(20);;
