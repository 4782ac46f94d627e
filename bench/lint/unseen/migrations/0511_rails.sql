ALTER TABLE "users" ADD "admin_level" integer;
