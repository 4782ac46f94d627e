ALTER TABLE "accounts" ADD COLUMN "user_id" bigint CONSTRAINT "accounts_user_id_fkey" REFERENCES "users"("id") ON DELETE SET NULL;
