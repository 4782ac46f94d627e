-- UP
UPDATE "users" SET "admin" = FALSE;
