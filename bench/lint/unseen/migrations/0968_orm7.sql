alter table "accounts" alter column "plan" type varchar(50) using ("plan"::varchar(50));
