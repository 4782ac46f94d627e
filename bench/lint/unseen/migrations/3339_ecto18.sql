CREATE UNIQUE INDEX "accounts_owner_id_name_index" ON "accounts" ("owner_id", "name");
