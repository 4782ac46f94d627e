ALTER TABLE "users" ADD CONSTRAINT "users_email_uniq" UNIQUE ("email");
