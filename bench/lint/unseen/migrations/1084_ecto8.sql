CREATE INDEX "accounts_owner_id_plan_index" ON "accounts" ("owner_id", "plan");
