ALTER TABLE accounts ADD COLUMN plan_code text;
ALTER TABLE accounts ALTER COLUMN plan_code TYPE varchar(20);;
