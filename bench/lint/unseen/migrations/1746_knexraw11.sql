alter table "accounts" rename "plan" to "plan_code";
