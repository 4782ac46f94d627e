CREATE UNIQUE INDEX accounts_plan_uq ON accounts (plan);;
