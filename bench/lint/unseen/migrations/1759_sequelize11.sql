ALTER TABLE "users" ADD CONSTRAINT "users_name_uk" UNIQUE ("name");;
