alter table "accounts" drop constraint if exists "accounts_plan_check";
alter table "accounts" add constraint "accounts_plan_check" check ("plan" in ('free', 'pro', 'enterprise'));;
