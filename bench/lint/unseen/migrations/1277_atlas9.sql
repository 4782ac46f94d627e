-- Drop index "index_users_on_email" from table: "users"
DROP INDEX "index_users_on_email";
-- Create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX "users_email_key" ON "users" ("email");;
