alter table "accounts" alter column "plan" drop default;
alter table "accounts" alter column "plan" type text using ("plan"::text);;
