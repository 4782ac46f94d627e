CREATE UNIQUE INDEX IF NOT EXISTS "idx_accounts_name" ON "accounts" ("name");
