CREATE INDEX "users_admin" ON "users" USING btree ("admin");;
