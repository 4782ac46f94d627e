CREATE INDEX "index_users_on_name" ON "users" ("name");
