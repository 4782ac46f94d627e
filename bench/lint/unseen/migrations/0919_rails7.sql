CREATE UNIQUE INDEX "index_users_on_lower_email" ON "users" (lower((email)::text));
