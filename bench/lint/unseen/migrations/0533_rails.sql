UPDATE "users" SET "admin" = FALSE;
