ALTER TABLE "users" RENAME COLUMN "admin" TO "is_admin";;
