CREATE UNIQUE INDEX "user_email" ON "users" ("email");
