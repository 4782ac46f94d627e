-- Modify "accounts" table
ALTER TABLE "accounts" ADD COLUMN "deleted_at" timestamptz NULL;
-- Create index "account_deleted_at" to table: "accounts"
CREATE INDEX "account_deleted_at" ON "accounts" ("deleted_at");;
