alter table "accounts" alter column "plan" drop default;
alter table "accounts" alter column "plan" set default 'free';;
